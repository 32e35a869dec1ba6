namespace Passerelles.Web.Features.Mobility;

/// <summary>The e-mails of a request for housing, each in the recipient's language (that of their organisation when
/// they chose none): the request to the housing association's staff, each answer to the placement's coordinators.
/// Sent after the step is saved; a failure is logged and does not undo the step, which the request's page shows.</summary>
public sealed class HousingNotices(AppDbContext db, EmailTemplates templates, IMailer mailer, ILogger<HousingNotices> logger)
{
    private sealed record Recipient(string Email, string Culture);

    /// <summary>Tells the association's administrators and staff that a unit is asked for (again, with new dates).</summary>
    public async Task RequestedAsync(HttpRequest request, Guid requestId)
    {
        var about = await AboutAsync(requestId);
        var staff = await RecipientsAsync(db.Memberships.Where(m => m.OrganisationId == about.AssociationId && Actor.StaffRoles.Contains(m.Role)));
        await SendAsync(staff, templates.AbsoluteUrl(request, $"/mobility/housing/{requestId}"), t => new EmailTemplates.Content(
            t["A request for housing at {0}", about.Residence],
            [
                t["{0} asks for a unit ({1}) at {2} from {3} to {4}.", about.Requester, t["UnitType." + about.UnitType], about.Residence,
                    about.From.ToDateOnly().ToString("d"), about.Until.ToDateOnly().ToString("d")],
                t["Offer a unit, decline or propose other dates on the request's page."],
            ],
            t["Answer the request"]));
    }

    /// <summary>Tells the placement's coordinators the association's answer.</summary>
    public async Task AnsweredAsync(HttpRequest request, Guid requestId)
    {
        var about = await AboutAsync(requestId);
        var coordinators = await RecipientsAsync(db.Memberships.Where(m => m.Role == MemberRole.OrganisationAdministrator
            && (m.OrganisationId == about.SendingId || m.OrganisationId == about.HostId || m.OrganisationId == about.CoordinatingId)));
        await SendAsync(coordinators, templates.AbsoluteUrl(request, $"/mobility/housing/{requestId}"), t => new EmailTemplates.Content(
            t["{0} answered your request for housing", about.Residence],
            [
                about.Status switch
                {
                    HousingRequestStatus.Offered => t["A unit ({0}) is offered at {1} from {2} to {3}.", t["UnitType." + about.UnitType], about.Residence,
                        about.From.ToDateOnly().ToString("d"), about.Until.ToDateOnly().ToString("d")],
                    HousingRequestStatus.OtherDatesProposed => t["{0} proposes other dates: from {1} to {2}.", about.Residence,
                        about.ProposedFrom!.Value.ToDateOnly().ToString("d"), about.ProposedUntil!.Value.ToDateOnly().ToString("d")],
                    _ => t["{0} declined the request.", about.Residence],
                },
                .. about.Message.Length > 0 ? [t["Their message: {0}", about.Message].Value] : Array.Empty<string>(),
            ],
            t["See the request"]));
    }

    private sealed record About(
        Guid AssociationId, string Residence, UnitType UnitType, LocalDate From, LocalDate Until, HousingRequestStatus Status, LocalDate? ProposedFrom,
        LocalDate? ProposedUntil, string Message, string Requester, Guid SendingId, Guid HostId, Guid CoordinatingId);

    private Task<About> AboutAsync(Guid requestId) =>
        db.HousingRequests.AsNoTracking().Where(r => r.Id == requestId)
            .Select(r => new About(r.Residence.OrganisationId, r.Residence.Name, r.UnitType, r.From, r.Until, r.Status, r.ProposedFrom, r.ProposedUntil,
                r.Message, db.Users.Where(u => u.Id == r.RequestedById).Select(u => u.DisplayName).Single(),
                r.Placement.SendingOrganisationId, r.Placement.HostOrganisationId, r.Placement.CoordinatingOrganisationId))
            .SingleAsync();

    private static async Task<List<Recipient>> RecipientsAsync(IQueryable<Membership> memberships) =>
        (await memberships.AsNoTracking()
            .Select(m => new { m.User.Email, Culture = m.User.PreferredCulture != "" ? m.User.PreferredCulture : m.Organisation.DefaultCulture })
            .ToListAsync())
        .Where(r => !string.IsNullOrEmpty(r.Email)).DistinctBy(r => r.Email).Select(r => new Recipient(r.Email!, r.Culture)).ToList();

    private async Task SendAsync(IEnumerable<Recipient> recipients, string link, Func<IStringLocalizer, EmailTemplates.Content> compose)
    {
        foreach (var recipient in recipients)
        {
            try
            {
                await mailer.SendAsync(templates.Compose(recipient.Email, recipient.Culture, t => compose(t) with { LinkUrl = link }));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "A message about a request for housing could not be sent.");
            }
        }
    }
}
