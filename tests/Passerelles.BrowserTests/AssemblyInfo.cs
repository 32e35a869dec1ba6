[assembly: Passerelles.BrowserTests.ReportPageChecks]
