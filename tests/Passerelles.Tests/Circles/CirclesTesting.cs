using System.Diagnostics;
using System.Text.Json;
using Passerelles.Tests.Coaching;
using Passerelles.Web.Features.Circles;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Circles;

internal static class CirclesTesting
{
    public sealed record CircleWorld(Guid CircleId, CoachingTesting.Person Quebec, CoachingTesting.Person France, CoachingTesting.Person Member);

    /// <summary>A circle with a co-facilitator on each side (each staff of an incubator of that side) and one more member
    /// from France, made directly in the database.</summary>
    public static async Task<CircleWorld> CircleAsync(this AppFactory app, string name = "Cercle des chargé·es de projet")
    {
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var tube = await app.CreateOrganisationAsync(side: Side.France);
        var quebec = await app.PersonAsync(espace.Id, name: "Julie Tremblay");
        var france = await app.PersonAsync(tube.Id, name: "Pierre Etcheverry");
        var member = await app.PersonAsync(tube.Id, MemberRole.ProjectMember, name: "Amaia Duhalde");
        var circle = new Circle { Name = name, Purpose = "Partager nos pratiques." };
        circle.ChooseCoFacilitator(Side.Quebec, quebec.User.Id);
        circle.ChooseCoFacilitator(Side.France, france.User.Id);
        circle.AddMember(member.User.Id, Side.France);
        await app.WithDbAsync(async db =>
        {
            db.Circles.Add(circle);
            await db.SaveChangesAsync();
        });
        return new CircleWorld(circle.Id, quebec, france, member);
    }

    /// <summary>Reads an iCalendar document with ical.js, the npm iCalendar library, as a calendar client would.</summary>
    public static Task<JsonElement> ReadCalendarAsync(byte[] calendar) => RunAsync("ical-read.mjs", calendar);

    /// <summary>Reads an iCalendar document as a scheduling message with Nextcloud's calendar library (method, one
    /// UID per message, organiser, attendees, occurrences with the recurrence expanded), and expands its recurring
    /// events with ical.js too (<c>itip-read.mjs</c>).</summary>
    public static Task<JsonElement> ReadSchedulingMessageAsync(byte[] calendar) => RunAsync("itip-read.mjs", calendar);

    private static async Task<JsonElement> RunAsync(string scriptName, byte[] calendar)
    {
        var file = Path.GetTempFileName();
        await File.WriteAllBytesAsync(file, calendar);
        try
        {
            var script = Path.Combine(SourceTree.Root, "tests", "Passerelles.Tests", "Circles", scriptName);
            using var node = Process.Start(new ProcessStartInfo("node", [script, file])
            {
                RedirectStandardOutput = true, RedirectStandardError = true,
            })!;
            var output = node.StandardOutput.ReadToEndAsync();
            var errors = node.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await node.WaitForExitAsync(timeout.Token);
            Assert.True(node.ExitCode == 0, await errors);
            return JsonDocument.Parse(await output).RootElement.Clone();
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static Dictionary<string, string> SessionFields(string title, string date, string time, string zone = "America/Toronto", string minutes = "90") => new()
    {
        ["Input.Title"] = title, ["Input.Agenda"] = "1. Tour de table\n2. **Financement**", ["Input.Date"] = date, ["Input.Time"] = time,
        ["Input.TimeZoneId"] = zone, ["Input.DurationMinutes"] = minutes,
    };
}
