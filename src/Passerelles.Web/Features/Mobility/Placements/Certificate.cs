using Passerelles.Web.Infrastructure.Pdf;

namespace Passerelles.Web.Features.Mobility.Placements;

/// <summary>The certificate of completion of a placement as a PDF, French and English on the same page: the French is
/// the sending organisation's (fr-CA for a Québec college, fr-FR for a French one), since it issues the certificate.
/// The stay is dated by the arrival and the early return when they were recorded, by the placement's dates otherwise.</summary>
public static class Certificate
{
    /// <summary>What the certificate states.</summary>
    public sealed record Facts(
        string Student, string Host, string HostCity, string Sending, Side SendingSide, string Programme, string Field, string Supervisor,
        LocalDate StartsOn, LocalDate EndsOn, LocalDate? ArrivedOn, LocalDate? ReturnedEarlyOn, LocalDate IssuedOn);

    public static byte[] Build(Facts facts, IStringLocalizer<Text> t)
    {
        var labels = Bilingual.FrenchOf(facts.SendingSide, t);
        var title = labels.Line("Certificate of completion");
        var description = new PdfTextLayout.Description(title + " — " + facts.Student, labels.First.Name, labels.Line("Page {0} of {1}"));
        var host = facts.HostCity.Length > 0 ? $"{facts.Host} ({facts.HostCity})" : facts.Host;
        return PdfTextLayout.Write(description, layout =>
        {
            layout.Heading(labels.Pair("Certificate of completion").First, 1);
            layout.Heading(labels.Pair("Certificate of completion").Second, 2);
            var (french, english) = labels.Pair("{0}, sent by {1}, completed an internship at {2} under the programme {3}.", facts.Student, facts.Sending, host, facts.Programme);
            layout.Paragraph(french);
            layout.Paragraph(english);
            layout.Space(6);
            layout.Row(labels.Line("Student"), facts.Student);
            layout.Row(labels.Line("Host organisation"), host);
            layout.Row(labels.Line("Sending organisation"), facts.Sending);
            layout.Row(labels.Line("Programme"), facts.Programme);
            layout.Row(labels.Line("Field of the internship"), facts.Field);
            layout.Row(labels.Line("Supervisor"), facts.Supervisor);
            layout.Row(labels.Line("Placement dates"), labels.DateLine(facts.StartsOn) + "\n" + labels.DateLine(facts.EndsOn));
            if (facts.ArrivedOn is { } arrived) layout.Row(labels.Line("Arrived on"), labels.DateLine(arrived));
            if (facts.ReturnedEarlyOn is { } returned) layout.Row(labels.Line("Early return"), labels.DateLine(returned));
            else layout.Row(labels.Line("Returned on"), labels.DateLine(facts.EndsOn));
            layout.Row(labels.Line("Date of issue"), labels.DateLine(facts.IssuedOn));
        });
    }
}
