namespace Passerelles.Web.Features.Privacy.Officers;

/// <summary>The officer's title follows the organisation's side, not the reader's language: a Québec organisation has
/// an RPRP (Law 25), a French one a DPO (GDPR); each is written in the reader's language.</summary>
public static class OfficerTitle
{
    public static string Key(Side side) => side == Side.Quebec ? "OfficerTitle.Quebec" : "OfficerTitle.France";
}
