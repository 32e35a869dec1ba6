using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Account;
using Passerelles.Web.Features.Agreements;
using Passerelles.Web.Features.Circles;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;

namespace Passerelles.BrowserTests;

/// <summary>What journeys find in place before they start: members, projects in a cohort, a circle, an agreement.</summary>
public static class NetworkSetup
{
    /// <summary>A short mark that keeps one journey's names apart from another's in the same database.</summary>
    public static string NewTag() => Guid.NewGuid().ToString("N")[..6];

    /// <summary>A person with an account in their language, holding <paramref name="role"/> in the organisation.</summary>
    public static async Task<AppUser> MemberAsync(this AppFactory app, Organisation organisation, MemberRole role, string name, string culture = "fr-CA")
    {
        var user = await app.CreateUserAsync($"{role}.{NewTag()}@test.passerelles.org".ToLowerInvariant(), name, culture: culture);
        await app.AddMemberAsync(organisation.Id, user.Id, role);
        return user;
    }

    /// <summary>Projects accepted into a cohort of the incubator, at its first stage; their ids, in the order named.</summary>
    public static Task<Guid[]> ProjectsInCohortAsync(this AppFactory app, Guid incubatorId, params string[] names) =>
        app.WithDbAsync(async db =>
        {
            await StageModel.EnsureAsync(db, incubatorId);
            var stage = await db.IncubatorStages.Where(s => s.IncubatorId == incubatorId).OrderBy(s => s.Position).FirstAsync();
            var cohort = new Cohort
            {
                Programme = new Programme { IncubatorId = incubatorId, Name = $"Parcours {NewTag()}" },
                Name = "Cohorte 2026", StartsOn = new LocalDate(2026, 1, 15), EndsOn = new LocalDate(2026, 12, 15),
            };
            db.Cohorts.Add(cohort);
            var projects = names.Select(name => Project.ApplyTo(incubatorId, name)).ToArray();
            foreach (var project in projects)
            {
                project.AcceptInto(cohort, stage, Instant.FromUtc(2026, 3, 1, 12, 0), null);
                db.Projects.Add(project);
            }
            await db.SaveChangesAsync();
            return projects.Select(p => p.Id).ToArray();
        });

    /// <summary>A circle co-facilitated from each side, saved with whatever <paramref name="withIt"/> adds beside it.</summary>
    public static async Task<Circle> CircleAsync(this AppFactory app, string name, Guid quebecFacilitator, Guid franceFacilitator, Action<AppDbContext, Circle>? withIt = null)
    {
        var circle = new Circle { Name = name, Purpose = "Partager nos pratiques." };
        circle.ChooseCoFacilitator(Side.Quebec, quebecFacilitator);
        circle.ChooseCoFacilitator(Side.France, franceFacilitator);
        await app.WithDbAsync(async db =>
        {
            db.Circles.Add(circle);
            withIt?.Invoke(db, circle);
            await db.SaveChangesAsync();
        });
        return circle;
    }

    /// <summary>An agreement between two organisations, drafted by <paramref name="drafterId"/>: one version per text of its
    /// single article, two days apart.</summary>
    public static Task<Guid> AgreementAsync(this AppFactory app, Organisation first, Organisation second, Guid drafterId, string article, params string[] texts) =>
        app.WithDbAsync(async db =>
        {
            var agreement = new Agreement { Purpose = "Formaliser le transfert de pratiques." };
            agreement.Parties.Add(new AgreementParty { AgreementId = agreement.Id, OrganisationId = first.Id, SigningRank = 1 });
            agreement.Parties.Add(new AgreementParty { AgreementId = agreement.Id, OrganisationId = second.Id, SigningRank = 2 });
            db.Agreements.Add(agreement);
            var articleId = Guid.NewGuid();
            var at = Instant.FromUtc(2026, 3, 2, 14, 0);
            for (var i = 0; i < texts.Length; i++)
                db.AgreementVersions.Add(agreement.SaveVersion(i, "Entente de partenariat", [(articleId, article, texts[i])], [], drafterId, at.Plus(Duration.FromDays(2 * i)))!);
            await db.SaveChangesAsync();
            return agreement.Id;
        });
}
