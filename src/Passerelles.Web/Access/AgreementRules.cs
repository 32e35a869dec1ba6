using Microsoft.AspNetCore.Authorization.Infrastructure;
using Passerelles.Web.Features.Agreements;

namespace Passerelles.Web.Access;

/// <summary>Agreements. An agreement is seen by the members of its parties, by those who act for a party through a
/// carrier, by the staff of an organisation a party carries (the coaches of L'Espace412 see the agreements of CERESO,
/// without drafting rights), and by network administrators. Its drafters — the staff of a party and those who act for
/// one, and network administrators — edit the text, comment, mark articles and manage commitments. A party's approval
/// is recorded, and the party removed or its signatories changed before signing, by those who act for that party as
/// administrators (its own or its carrier's) or by network administrators. Only a party's authorised signatories sign
/// for it.</summary>
public static class AgreementRules
{
    public static bool MaySee(this Actor actor, IEnumerable<Guid> partyOrganisations) =>
        actor.IsNetworkAdministrator ||
        partyOrganisations.Any(o => actor.MemberOf.Contains(o) || actor.Administers.Contains(o) || actor.CarriersOfStaff.Contains(o));

    public static bool MayDraft(this Actor actor, IEnumerable<Guid> partyOrganisations) =>
        actor.IsNetworkAdministrator || partyOrganisations.Any(actor.Staffs.Contains);

    /// <summary>Whether the person may start an agreement at all: staff of some organisation.</summary>
    public static bool MayStartAgreement(this Actor actor) => actor.IsStaffSomewhere;

    /// <summary>Whether the person acts for the party's organisation: records its approval, changes or removes it.</summary>
    public static bool ActsFor(this Actor actor, Guid partyOrganisationId) =>
        actor.IsNetworkAdministrator || actor.Administers.Contains(partyOrganisationId);

    /// <summary>Whether the person acts for the party: a person party (a student signing for themself) is approved and
    /// changed by no one.</summary>
    public static bool ActsForParty(this Actor actor, AgreementParty party) => party.Approves && actor.ActsFor(party.OrganisationId);

    public static IQueryable<Agreement> VisibleTo(this IQueryable<Agreement> agreements, Actor actor)
    {
        if (actor.IsNetworkAdministrator) return agreements;
        var reach = actor.MemberOf.Concat(actor.Administers).Concat(actor.CarriersOfStaff).Distinct().ToList();
        // A person who is a party in their own name sees the agreement they sign.
        var person = actor.UserId;
        return agreements.Where(a => a.Parties.Any(p => reach.Contains(p.OrganisationId) || p.PersonId != null && p.PersonId == person));
    }

    /// <summary>The parties of <paramref name="agreement"/> for which the person drafts.</summary>
    public static IReadOnlyList<Guid> DraftingParties(this Actor actor, Agreement agreement) =>
        agreement.Parties.Where(p => actor.IsNetworkAdministrator || actor.Staffs.Contains(p.OrganisationId)).Select(p => p.Id).ToList();

    /// <summary>The parties of <paramref name="agreement"/> the person acts for as administrator.</summary>
    public static IReadOnlyList<Guid> ActingParties(this Actor actor, Agreement agreement) =>
        agreement.Parties.Where(actor.ActsForParty).Select(p => p.Id).ToList();
}

public sealed class AgreementHandler(CurrentActor actors) : AuthorizationHandler<OperationAuthorizationRequirement, Agreement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement operation,
        Agreement agreement)
    {
        var actor = await actors.ForAsync(context.User);
        var parties = agreement.Parties.Select(p => p.OrganisationId).ToList();
        var allowed = operation.Name switch
        {
            nameof(Operations.See) => actor.MaySee(parties),
            nameof(Operations.Edit) => actor.MayDraft(parties),
            nameof(Operations.Approve) or nameof(Operations.Manage) => actor.ActingParties(agreement).Count > 0,
            nameof(Operations.Sign) => agreement.Parties.Any(p => p.Signatories.Any(s => s.UserId == actor.UserId)),
            _ => false,
        };
        if (allowed) context.Succeed(operation);
    }
}

/// <summary>One party of an agreement, with the agreement's status: approving for it, changing or removing it.</summary>
public sealed record PartyResource(Agreement Agreement, AgreementParty Party);

public sealed class AgreementPartyHandler(CurrentActor actors) : AuthorizationHandler<OperationAuthorizationRequirement, PartyResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement operation,
        PartyResource resource)
    {
        var actor = await actors.ForAsync(context.User);
        var allowed = operation.Name switch
        {
            nameof(Operations.See) => actor.MaySee(resource.Agreement.Parties.Select(p => p.OrganisationId)),
            nameof(Operations.Approve) or nameof(Operations.Manage) => actor.ActsForParty(resource.Party),
            nameof(Operations.Sign) => resource.Party.Signatories.Any(s => s.UserId == actor.UserId),
            _ => false,
        };
        if (allowed) context.Succeed(operation);
    }
}
