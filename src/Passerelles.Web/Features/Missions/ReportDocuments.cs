using System.Data;
using MiniExcelLibs;
using Passerelles.Web.Infrastructure.Pdf;

namespace Passerelles.Web.Features.Missions;

/// <summary>A mission's report as a PDF document, in the reader's language: what the page shows, section by section.</summary>
public static class ReportPdf
{
    public static byte[] Build(MissionReport report, IStringLocalizer t)
    {
        var title = t["Report of {0}", report.Title];
        var description = new PdfTextLayout.Description(title, CultureInfo.CurrentUICulture.Name, t["Page {0} of {1}"]);
        return PdfTextLayout.Write(description, layout =>
        {
            layout.Heading(title, 1);
            layout.Paragraph(t["Report made on {0}, from the mission's record.", report.MadeAt]);
            layout.Heading(t["The mission"], 2);
            foreach (var (label, value) in ReportSpreadsheet.Facts(report, t)) layout.Row(label, value);

            layout.Heading(t["Objectives and outcomes"], 2);
            foreach (var objective in report.Objectives)
            {
                layout.Heading($"{objective.Position}. {objective.Text}", 3);
                layout.Paragraph(objective.Outcomes.Count == 0
                    ? t["No outcome recorded yet."]
                    : string.Join("\n", objective.Outcomes.Select(o => $"• {o.Text} ({o.Visit})")));
            }

            layout.Heading(t["Visits and people met"], 2);
            foreach (var visit in report.Visits)
            {
                layout.Heading(visit.Title, 3);
                layout.Row(t["Local time"], visit.When);
                if (visit.Organisation is { } organisation) layout.Row(t["Organisation"], organisation);
                layout.Row(t["People met"], visit.PeopleMet.Count == 0 ? "—" : string.Join(", ", visit.PeopleMet));
            }

            layout.Heading(t["Follow-ups"], 2);
            foreach (var followUp in report.FollowUps)
                layout.Row(followUp.Text, $"{followUp.Owner} · {followUp.DueOn.ToString("d", null)} · {t["FollowUpStatus." + followUp.Status]}");
            if (report.FollowUps.Count == 0) layout.Paragraph(t["No follow-up yet."]);

            layout.Heading(t["Composition of the delegation"], 2);
            var answers = ReportText.AnswerLabels(t);
            foreach (var (row, label) in ReportText.CompositionRows(report.Delegation, t))
                layout.Row(label, string.Join(" · ", answers.Zip(row.Genders).Prepend((t["People"].Value, row.Headcount))
                    .Select(cell => t["{0}: {1}", cell.Item1, ReportText.Count(cell.Item2, row, t)].Value)));

            layout.Heading(t["Costs"], 2);
            foreach (var funder in report.Totals.Funders)
                layout.Row(funder.Name ?? t["No funder"], $"{MissionCost.Format(funder.Cad, MissionCost.Canadian)} · {MissionCost.Format(funder.Eur, MissionCost.Euro)}");
            layout.Row(t["Total"], $"{MissionCost.Format(report.Totals.Cad, MissionCost.Canadian)} · {MissionCost.Format(report.Totals.Eur, MissionCost.Euro)}", size: 11);
        });
    }
}

/// <summary>A mission's report as a spreadsheet, in the reader's language: the mission and when the report was made,
/// then a sheet each for the objectives and their outcomes, the follow-ups, the delegation (in aggregate) and the costs
/// with their totals. Amounts and counts are numbers; a withheld count is the words that say why.</summary>
public static class ReportSpreadsheet
{
    public static byte[] Build(MissionReport report, IStringLocalizer t)
    {
        var sheets = new Dictionary<string, object>
        {
            [t["Mission"]] = Table([t["Item"], t["Value"]], ReportSpreadsheet.Facts(report, t).Prepend((t["Report made on"], report.MadeAt)).Select(f => new object[] { f.Label, f.Value })),
            [t["Objectives and outcomes"]] = Table([t["Objective"], t["Partnership objective"], t["Outcome"], t["Visit"]],
                report.Objectives.SelectMany(o => o.Outcomes.Count == 0
                    ? [new object[] { $"{o.Position}. {o.Text}", o.PartnershipObjective, "", "" }]
                    : o.Outcomes.Select(x => new object[] { $"{o.Position}. {o.Text}", o.PartnershipObjective, x.Text, x.Visit }))),
            [t["Follow-ups"]] = Table([t["Follow-up"], t["Owner"], t["Due on"], t["Status"], t["Visit"]],
                report.FollowUps.Select(f => new object[] { f.Text, f.Owner, Date(f.DueOn), t["FollowUpStatus." + f.Status].Value, f.Visit })),
            [t["Delegation"]] = Table([t["Group"], t["People"], .. ReportText.AnswerLabels(t)],
                ReportText.CompositionRows(report.Delegation, t).Select(r => new object[] { r.Label, Cell(r.Row.Headcount, r.Row, t) }
                    .Concat(r.Row.Genders.Select(g => Cell(g, r.Row, t))).ToArray())),
            [t["Costs"]] = Table([t["Date"], t["Label"], t["Category"], t["Amount"], t["Currency"], t["Rate of the day (CAD for 1 EUR)"], t["In CAD"], t["In EUR"], t["Charged to"]],
                report.Costs.Select(c => new object[]
                    {
                        Date(c.SpentOn), c.Label, t["CostCategory." + c.Category].Value, c.Amount, c.Currency, c.CadPerEur, c.InCad, c.InEur, c.Funder?.Name ?? t["No funder"].Value,
                    })
                    .Concat(report.Totals.Funders.Select(f => new object[] { "", t["Total charged to {0}", f.Name ?? t["No funder"]].Value, "", "", "", "", f.Cad, f.Eur, f.Name ?? "" }))
                    .Append(["", t["Total"].Value, "", "", "", "", report.Totals.Cad, report.Totals.Eur, ""])),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    /// <summary>What the report says about the mission itself, label and value.</summary>
    public static IEnumerable<(string Label, string Value)> Facts(MissionReport report, IStringLocalizer t)
    {
        yield return (t["Mission"], report.Title);
        yield return (t["Direction"], t["MissionDirection." + report.Direction]);
        yield return (t["Dates"], t["From {0} to {1}", report.StartsOn.ToString("d", null), report.EndsOn.ToString("d", null)]);
        yield return (t["Lead organisation"], report.LeadOrganisation);
        if (report.Funder is { } funder) yield return (t["Funder"], funder);
        if (report.FundingProgramme.Length > 0) yield return (t["Funding programme"], report.FundingProgramme);
    }

    private static string Date(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static object Cell(int? count, Composition.Row row, IStringLocalizer t) => count is { } shown ? shown : ReportText.Count(null, row, t);

    private static DataTable Table(IReadOnlyList<string> columns, IEnumerable<object[]> rows)
    {
        var table = new DataTable();
        foreach (var column in columns) table.Columns.Add(column, typeof(object));
        foreach (var row in rows) table.Rows.Add(row);
        return table;
    }
}
