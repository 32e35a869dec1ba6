
namespace Passerelles.Web.Features.Reports;

/// <summary>Computes what a report says for a grant and a period: each section's figures, counted as the indicators
/// page counts them over the grant's beneficiary — or over the whole network for a grant to the partnership, whose
/// beneficiaries are on both sides — and the texts to write, carried over from the version before when there is one.</summary>
public static class ReportGenerator
{
    public static IndicatorScope ScopeOf(Grant grant) =>
        grant.PartnerBeneficiary is { } partner && partner.Side != grant.Beneficiary.Side
            ? IndicatorScope.Network
            : new IndicatorScope(grant.BeneficiaryId, grant.Beneficiary.Side);

    /// <summary>Needs the grant's funder and beneficiaries loaded.</summary>
    public static async Task<ReportSnapshot> GenerateAsync(AppDbContext db, ReportTemplate template, Grant grant, LocalDate from, LocalDate to,
        Instant now, LocalDate today, ReportSnapshot? previous = null)
    {
        var scope = ScopeOf(grant);
        var query = new IndicatorQuery(db, scope, now, today);
        var period = ReportingPeriod.Custom(from, to);
        var written = previous?.Sections.SelectMany(s => s.Texts.Select(t => (s.Key, t.Key, t.Markdown)))
            .ToDictionary(x => (x.Item1, x.Item2), x => x.Markdown) ?? [];
        var sections = new List<ReportSnapshot.Section>();
        foreach (var section in template.Sections)
        {
            var figures = new List<ReportSnapshot.Figure>();
            foreach (var definition in section.Indicators.Select(IndicatorCatalog.Find).OfType<IndicatorDefinition>())
            {
                var figure = await definition.Compute(query, period);
                figures.Add(new ReportSnapshot.Figure(definition.Key, definition.Title, definition.Unit, figure.Value,
                    scope.Sides.Contains(Side.Quebec) ? figure.BySide.GetValueOrDefault(Side.Quebec) : null,
                    scope.Sides.Contains(Side.France) ? figure.BySide.GetValueOrDefault(Side.France) : null,
                    figure.Parts.Select(p => new ReportSnapshot.Row(p.Label, p.Translated, p.Value)).ToList()));
            }
            var texts = section.Texts.Select(t => new ReportSnapshot.Text(t.Key, t.Prompt, written.GetValueOrDefault((section.Key, t.Key), ""))).ToList();
            sections.Add(new ReportSnapshot.Section(section.Key, section.Heading, figures, texts));
        }
        IReadOnlyList<Side> sides = grant.PartnerBeneficiary is { } partner ? [grant.Beneficiary.Side, partner.Side] : [grant.Beneficiary.Side];
        return new ReportSnapshot(template.Name, template.Key, template.Number, grant.Funder.Name, grant.Funder.Side, sides.Distinct().ToList(),
            grant.Title, from, to, now, sections);
    }

    /// <summary>Why a period cannot be reported on, as the field and the message key; null when it can.</summary>
    public static (string Field, string Message)? CheckPeriod(LocalDate from, LocalDate to)
    {
        if (to < from) return ("To", "The end of the period comes after its start.");
        if (Period.Between(from, to, PeriodUnits.Days).Days >= ReportingPeriod.MaxDays) return ("To", "Choose a period of at most three years.");
        return null;
    }
}
