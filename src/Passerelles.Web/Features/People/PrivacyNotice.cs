namespace Passerelles.Web.Features.People;

/// <summary>What the privacy notice on consent pages needs: the controller organisation and its side, which decides
/// the law and the regulator named.</summary>
public sealed record PrivacyNotice(string Controller, Side Side);
