namespace Passerelles.Web.Features.Directory;

/// <summary>An organisation's one public name: the absolute address of its directory profile, which a public
/// organisation's visitors open without signing in. The profile's JSON-LD, the API and every export name the
/// organisation by it, starting from <see cref="Infrastructure.Email.PublicAddress.Root"/>.</summary>
public static class OrganisationIri
{
    public static string Of(string root, Guid id) => $"{root}/directory/{id}";
}
