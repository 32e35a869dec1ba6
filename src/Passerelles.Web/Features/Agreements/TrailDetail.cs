using System.Text.RegularExpressions;

namespace Passerelles.Web.Features.Agreements;

/// <summary>What a line of the audit trail adds, as each reader reads it. The trail keeps its details as they were
/// written, never rewritten; the few the platform writes in fixed words (a status going back to draft, a party's
/// signing order, approvals asked again, a change of term) are read back here in the reader's language, and any other
/// detail (a heading, a name, a reference) is shown as it is.</summary>
public static partial class TrailDetail
{
    /// <summary>Recorded when the parties change while the text awaits approval.</summary>
    public const string ApprovalsAskedAgain = "Same text: the parties changed while awaiting approval, so every party approves again.";

    public static string PartyAdded(string organisation, int signingRank) => $"{organisation}, signing order {signingRank}";

    public static string BackToDraft(AgreementStatus from) => $"{from} -> {AgreementStatus.Draft}";

    public static string Describe(AgreementEventKind kind, string detail, IStringLocalizer t)
    {
        switch (kind)
        {
            case AgreementEventKind.TermChanged:
                return TermDetail.Describe(detail, t);
            case AgreementEventKind.VersionSaved when detail == ApprovalsAskedAgain:
                return t[ApprovalsAskedAgain];
            case AgreementEventKind.VersionSaved when StatusChange().Match(detail) is { Success: true } change
                                                      && Enum.TryParse<AgreementStatus>(change.Groups["from"].Value, out var from)
                                                      && Enum.TryParse<AgreementStatus>(change.Groups["to"].Value, out var to):
                return $"{t["AgreementStatus." + from]} → {t["AgreementStatus." + to]}";
            case AgreementEventKind.PartyAdded when SigningOrder().Match(detail) is { Success: true } party:
                return t["{0}, signing order {1}", party.Groups["organisation"].Value, party.Groups["rank"].Value];
            default:
                return detail;
        }
    }

    [GeneratedRegex(@"^(?<from>[A-Za-z]+) -> (?<to>[A-Za-z]+)$")]
    private static partial Regex StatusChange();

    [GeneratedRegex(@"^(?<organisation>.+), signing order (?<rank>\d+)$", RegexOptions.Singleline)]
    private static partial Regex SigningOrder();
}
