using System.Text.RegularExpressions;
using NodaTime.Text;

namespace Passerelles.Web.Features.Agreements;

/// <summary>A change of term as the audit trail keeps it, free of any language ("2029-03-10;90;12"), and as each
/// reader reads it, in their own.</summary>
public static partial class TermDetail
{
    public static string Of(LocalDate? expiresOn, int noticeDays, int? renewalMonths) =>
        string.Create(CultureInfo.InvariantCulture, $"{(expiresOn is { } date ? LocalDatePattern.Iso.Format(date) : "")};{noticeDays};{renewalMonths}");

    /// <summary>"expires 2029-03-10, notice 90 days, renews tacitly for 12 months", in the reader's language. Changes
    /// recorded before the trail kept them free of language were written in those English words, and read the same way;
    /// a detail written otherwise is shown as it is.</summary>
    public static string Describe(string detail, IStringLocalizer t)
    {
        if (detail == "no expiry date") return t["no expiry date"];
        if (Written().Match(detail) is { Success: true } written)
            detail = $"{written.Groups["expires"].Value};{written.Groups["notice"].Value};{written.Groups["months"].Value}";
        var parts = detail.Split(';');
        if (parts.Length != 3 || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var notice)) return detail;
        if (parts[0].Length == 0) return t["no expiry date"];
        var described = new List<string> { t["expires {0}", parts[0]], t.Plural(notice, "notice {0} day", "notice {0} days") };
        if (int.TryParse(parts[2], CultureInfo.InvariantCulture, out var months))
            described.Add(t.Plural(months, "tacit renewal for {0} month", "tacit renewal for {0} months"));
        return string.Join(", ", described);
    }

    [GeneratedRegex(@"^expires (?<expires>\d{4}-\d{2}-\d{2}), notice (?<notice>\d+) days(?:, renews tacitly for (?<months>\d+) months)?$")]
    private static partial Regex Written();
}
