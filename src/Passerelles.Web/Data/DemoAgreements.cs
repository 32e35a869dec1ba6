using Passerelles.Web.Features.Agreements;
using Recurrence = Passerelles.Web.Features.Agreements.Recurrence;

namespace Passerelles.Web.Data;

/// <summary>The demo network's partnership agreement between CERESO and Le Tube à ESS'ai, in negotiation: two versions,
/// comments from both sides and CERESO's board approval recorded, so a newcomer can walk through the rest. Its follow-up
/// is prepared too: three commitments drawn from the article "Engagements des parties" and a three-year term that
/// renews tacitly unless a party gives notice. CERESO's director signs for CERESO; the PTCE Sud Aquitaine's coordinator
/// signs for Le Tube à ESS'ai, which the PTCE carries, and acts for it through the PTCE.</summary>
public static class DemoAgreements
{
    public const string Title = "Entente de partenariat CERESO – Le Tube à ESS'ai";

    public static async Task EnsureAsync(AppDbContext db, Instant now)
    {
        if (await db.Agreements.AnyAsync()) return;
        var organisations = await db.Organisations.Where(o => o.Name == "CERESO" || o.Name == "Le Tube à ESS'ai").ToDictionaryAsync(o => o.Name, o => o.Id);
        string[] emails = ["direction.cereso@demo.passerelles.org", "coach.tube@demo.passerelles.org", "coordination.ptce@demo.passerelles.org"];
        var people = await db.Users.Where(u => emails.Contains(u.Email)).ToDictionaryAsync(u => u.Email!, u => u.Id);
        if (organisations.Count < 2 || people.Count < emails.Length) return;
        var genevieve = people["direction.cereso@demo.passerelles.org"];
        var julien = people["coach.tube@demo.passerelles.org"];
        var isabelle = people["coordination.ptce@demo.passerelles.org"];

        var agreement = new Agreement
        {
            Purpose = "Formaliser le transfert de pratiques entre **L'Espace412** et **Le Tube à ESS'ai**, engagé de manière informelle depuis 2018.",
        };
        var cereso = new AgreementParty { AgreementId = agreement.Id, OrganisationId = organisations["CERESO"], SigningRank = 1 };
        cereso.Signatories.Add(new AgreementSignatory { PartyId = cereso.Id, UserId = genevieve });
        var tube = new AgreementParty { AgreementId = agreement.Id, OrganisationId = organisations["Le Tube à ESS'ai"], SigningRank = 2 };
        tube.Signatories.Add(new AgreementSignatory { PartyId = tube.Id, UserId = isabelle });
        agreement.Parties.AddRange([cereso, tube]);

        var purpose = Guid.NewGuid();
        var commitments = Guid.NewGuid();
        var term = Guid.NewGuid();
        var first = agreement.SaveVersion(0, Title,
            [
                (purpose, "Objet", "La présente entente a pour objet le transfert réciproque des pratiques d'incubation de projets collectifs entre les parties."),
                (commitments, "Engagements des parties", "Chaque partie s'engage à :\n\n- co-animer une communauté de pratique ;\n- accueillir une délégation de l'autre partie."),
                (term, "Durée", "La présente entente est conclue pour une durée de deux ans à compter de sa signature."),
            ],
            [("Calendrier prévisionnel", "- Octobre : mission à Tarnos et aux Assises de La Rochelle\n- Novembre : mission au Québec")],
            genevieve, now - Duration.FromDays(20))!;
        var second = agreement.SaveVersion(1, Title,
            [
                (purpose, "Objet", "La présente entente a pour objet le transfert réciproque des pratiques d'incubation de projets collectifs entre les parties, et l'étude de faisabilité d'un PTCE en Lanaudière."),
                (commitments, "Engagements des parties", "Chaque partie s'engage à :\n\n- co-animer une communauté de pratique ;\n- accueillir une délégation de l'autre partie ;\n- partager ses grilles de caractérisation."),
                (term, "Durée", "La présente entente est conclue pour une durée de trois ans à compter de sa signature."),
            ],
            [("Calendrier prévisionnel", "- Octobre : mission à Tarnos et aux Assises de La Rochelle\n- Novembre : mission au Québec")],
            julien, now - Duration.FromDays(12))!;
        agreement.Status = AgreementStatus.InApproval;
        var today = now.InUtc().Date;
        agreement.ExpiresOn = today.PlusYears(3);
        agreement.NoticeDays = 90;
        agreement.Renewal = RenewalMode.RenewsTacitly;
        agreement.RenewalMonths = 12;
        db.Commitments.AddRange(
            new Commitment
            {
                AgreementId = agreement.Id, ArticleKey = commitments, PartyId = cereso.Id, PersonId = genevieve, Recurrence = Recurrence.Quarterly,
                What = "Co-animer une séance de la communauté de pratique des incubateurs", DueOn = today.PlusMonths(1),
                Indicator = "Séances co-animées", Target = "4 par an",
            },
            new Commitment
            {
                AgreementId = agreement.Id, ArticleKey = commitments, PartyId = tube.Id, PersonId = julien, Recurrence = Recurrence.Once,
                What = "Accueillir une délégation de L'Espace412 à Tarnos", DueOn = today.PlusMonths(7),
                Indicator = "Personnes accueillies", Target = "6",
            },
            new Commitment
            {
                AgreementId = agreement.Id, ArticleKey = commitments, PartyId = cereso.Id, Recurrence = Recurrence.Once,
                What = "Partager la grille de caractérisation de l'innovation sociale utilisée à L'Espace412", DueOn = today.PlusDays(20),
                Indicator = "Grille transmise",
            });
        db.Agreements.Add(agreement);
        db.AgreementVersions.AddRange(first, second);
        db.AgreementComments.AddRange(
            new AgreementComment { AgreementId = agreement.Id, ArticleKey = term, VersionNumber = 1, AuthorId = julien, PostedAt = now - Duration.FromDays(15),
                Body = "Deux ans nous semblent courts pour mener l'étude de faisabilité : proposons **trois ans** ?" },
            new AgreementComment { AgreementId = agreement.Id, ArticleKey = term, VersionNumber = 2, AuthorId = genevieve, PostedAt = now - Duration.FromDays(10),
                Body = "D'accord pour trois ans, le conseil d'administration du CERESO l'a validé." },
            new AgreementComment { AgreementId = agreement.Id, ArticleKey = commitments, VersionNumber = 2, AuthorId = genevieve, PostedAt = now - Duration.FromDays(9),
                Body = "Faut-il préciser qui prend en charge les frais de déplacement des délégations ?" });
        db.PartyApprovals.Add(new PartyApproval
        {
            AgreementId = agreement.Id, PartyId = cereso.Id, VersionNumber = 2, ResolutionReference = "CA-2026-11",
            ResolvedOn = (now - Duration.FromDays(7)).InUtc().Date, RecordedBy = genevieve, RecordedAt = now - Duration.FromDays(7),
        });
        AgreementFile.Record(db, agreement.Id, AgreementEventKind.Created, 1, genevieve, now - Duration.FromDays(20), Title);
        AgreementFile.Record(db, agreement.Id, AgreementEventKind.Commented, 1, julien, now - Duration.FromDays(15), "Durée");
        AgreementFile.Record(db, agreement.Id, AgreementEventKind.VersionSaved, 2, julien, now - Duration.FromDays(12));
        AgreementFile.Record(db, agreement.Id, AgreementEventKind.Commented, 2, genevieve, now - Duration.FromDays(10), "Durée");
        AgreementFile.Record(db, agreement.Id, AgreementEventKind.Commented, 2, genevieve, now - Duration.FromDays(9), "Engagements des parties");
        AgreementFile.Record(db, agreement.Id, AgreementEventKind.SentForApproval, 2, genevieve, now - Duration.FromDays(8));
        AgreementFile.Record(db, agreement.Id, AgreementEventKind.Approved, 2, genevieve, now - Duration.FromDays(7), "CERESO: CA-2026-11",
            organisations["CERESO"]);
        AgreementFile.Record(db, agreement.Id, AgreementEventKind.TermChanged, 2, genevieve, now - Duration.FromDays(6),
            TermDetail.Of(agreement.ExpiresOn, 90, 12));
        foreach (var what in new[] { "Co-animer une séance de la communauté de pratique des incubateurs", "Accueillir une délégation de L'Espace412 à Tarnos",
                     "Partager la grille de caractérisation de l'innovation sociale utilisée à L'Espace412" })
            AgreementFile.Record(db, agreement.Id, AgreementEventKind.CommitmentAdded, 2, genevieve, now - Duration.FromDays(6), what);
        await db.SaveChangesAsync();
    }
}
