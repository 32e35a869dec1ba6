using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Agreements;
using Passerelles.Web.Features.Bridges;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Privacy.Register;
using Passerelles.Web.Features.Privacy.Transfers;

namespace Passerelles.Tests.Privacy.Register;

/// <summary>Agreements are kept 84 months in Québec and 60 in France from their end (the app's clock says 10 March
/// 2026). An agreement that expired in 2018 and a draft abandoned in 2017 go; one between a Québec and a French party
/// that expired in 2020 stays (past the French period, not the Québec one), and so does a draft discussed in 2025.</summary>
public sealed class AgreementRetentionTests
{
    private sealed record World(Guid Quebec, Guid Old, Guid Abandoned, Guid CrossBorder, Guid Discussed, Guid Assessment, string Document);

    private static async Task<World> WorldAsync(AppFactory app, RetentionAction action)
    {
        var quebec = await app.CreateOrganisationAsync("CERESO", Side.Quebec);
        var france = await app.CreateOrganisationAsync("Le Tube à ESS'ai", Side.France);
        var signer = await app.CreateUserAsync($"{Guid.NewGuid():N}@cereso.test", "Geneviève Signataire");
        var student = await app.CreateUserAsync($"{Guid.NewGuid():N}@etudiant.test", "Léa Étudiante");
        var document = Guid.NewGuid().ToString("N");
        await app.StoreFileAsync(EvidenceDocuments.Area, document, "Résolution du conseil");
        await app.RegisterAsync(ProcessingPurposes.Agreements, action, quebec.Id, france.Id);
        var ids = await app.WithDbAsync(async db =>
        {
            Agreement Add(AgreementStatus status, LocalDate? expiresOn, Instant at)
            {
                var agreement = new Agreement { Title = "Entente " + status, Status = status, ExpiresOn = expiresOn, CurrentVersion = 1 };
                var version = new AgreementVersion { AgreementId = agreement.Id, Number = 1, Title = agreement.Title, SavedAt = at, SavedBy = signer.Id };
                var article = new AgreementArticle { VersionId = version.Id, Position = 1, Key = Guid.NewGuid(), Heading = "Objet", Body = "Coopérer." };
                version.Articles.Add(article);
                foreach (var (organisation, rank) in new[] { (quebec.Id, 1), (france.Id, 2) })
                {
                    var party = new AgreementParty { AgreementId = agreement.Id, OrganisationId = organisation, SigningRank = rank };
                    party.Signatories.Add(new AgreementSignatory { PartyId = party.Id, UserId = signer.Id });
                    agreement.Parties.Add(party);
                    db.ArticleMarks.Add(new ArticleMark { AgreementId = agreement.Id, PartyId = party.Id, ArticleKey = article.Key, ArticleSha256 = new string('a', 64), MarkedBy = signer.Id, MarkedAt = at });
                }
                db.AddRange(agreement, version);
                db.AgreementEvents.Add(new AgreementEvent { AgreementId = agreement.Id, Kind = AgreementEventKind.Created, VersionNumber = 1, ActorId = signer.Id, At = at, Detail = "Geneviève Signataire" });
                db.AgreementComments.Add(new AgreementComment { AgreementId = agreement.Id, ArticleKey = article.Key, VersionNumber = 1, AuthorId = signer.Id, Body = "D'accord", PostedAt = at });
                return agreement;
            }
            var old = Add(AgreementStatus.Signed, new LocalDate(2018, 6, 30), Instant.FromUtc(2015, 6, 1, 12, 0));
            // A student party in their own name, as in a placement's tripartite agreement.
            var studentParty = new AgreementParty { AgreementId = old.Id, OrganisationId = quebec.Id, PersonId = student.Id, SigningRank = 3 };
            studentParty.Signatories.Add(new AgreementSignatory { PartyId = studentParty.Id, UserId = student.Id });
            old.Parties.Add(studentParty);
            var abandoned = Add(AgreementStatus.Draft, null, Instant.FromUtc(2017, 2, 1, 12, 0));
            var crossBorder = Add(AgreementStatus.Signed, new LocalDate(2020, 6, 30), Instant.FromUtc(2017, 6, 1, 12, 0));
            var discussed = Add(AgreementStatus.Draft, null, Instant.FromUtc(2017, 2, 1, 12, 0));
            db.AgreementEvents.Add(new AgreementEvent { AgreementId = discussed.Id, Kind = AgreementEventKind.Commented, VersionNumber = 1, At = Instant.FromUtc(2025, 5, 1, 12, 0) });
            await db.SaveChangesAsync();
            var first = old.Parties.Single(p => p.OrganisationId == quebec.Id && p.PersonId == null);
            db.PartyApprovals.Add(new PartyApproval { AgreementId = old.Id, PartyId = first.Id, VersionNumber = 1, ResolutionReference = "CA-2015-06", ResolvedOn = new LocalDate(2015, 6, 1),
                DocumentFileName = "resolution.pdf", DocumentStoredName = document, RecordedBy = signer.Id, RecordedAt = Instant.FromUtc(2015, 6, 2, 12, 0) });
            db.AgreementSignatures.Add(new AgreementSignature { AgreementId = old.Id, PartyId = first.Id, UserId = signer.Id, VersionNumber = 1, SignedAt = Instant.FromUtc(2015, 6, 3, 12, 0),
                TimeZoneId = "America/Toronto", AuthenticationMethod = AgreementSignature.PasswordAndAuthenticatorCode, TextSha256 = new string('b', 64) });
            var commitment = new Commitment { AgreementId = old.Id, ArticleKey = Guid.NewGuid(), What = "Accueillir deux stagiaires", PartyId = first.Id, PersonId = signer.Id, DueOn = new LocalDate(2016, 1, 15) };
            commitment.Completions.Add(new CommitmentCompletion { CommitmentId = commitment.Id, DueOn = commitment.DueOn, DoneBy = signer.Id, DoneAt = Instant.FromUtc(2016, 1, 10, 12, 0) });
            db.Commitments.Add(commitment);
            db.AgreementEvidencePacks.Add(new AgreementEvidencePack { AgreementId = old.Id, VersionNumber = 1, Culture = "fr-CA", PdfSha256 = new string('c', 64), TextSha256 = new string('b', 64), Content = [1, 2, 3], GeneratedAt = Instant.FromUtc(2015, 6, 4, 12, 0) });
            var assessment = new TransferAssessment { QuebecControllerId = quebec.Id, FranceControllerId = france.Id, DataConcerned = "Noms", Safeguards = "Clauses", AgreementId = old.Id, ReviewOn = new LocalDate(2026, 12, 31) };
            db.TransferAssessments.Add(assessment);
            await db.SaveChangesAsync();
            var untouched = new[] { old.Id, abandoned.Id, crossBorder.Id, discussed.Id };
            await db.Agreements.Where(a => untouched.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.UpdatedAt, Instant.FromUtc(2017, 2, 1, 12, 0)));
            return (old.Id, abandoned.Id, crossBorder.Id, discussed.Id, assessment.Id);
        });
        return new World(quebec.Id, ids.Item1, ids.Item2, ids.Item3, ids.Item4, ids.Item5, document);
    }

    private static Task<int> SignatoriesAsync(AppFactory app, Guid agreement) =>
        app.WithDbAsync(db => db.AgreementSignatories.CountAsync(s => db.AgreementParties.Any(p => p.Id == s.PartyId && p.AgreementId == agreement)));

    [Theory]
    [InlineData(RetentionAction.Destroy)]
    [InlineData(RetentionAction.Anonymise)]
    public async Task An_agreement_past_its_period_goes_and_the_others_stay(RetentionAction action)
    {
        await using var app = new AppFactory();
        var world = await WorldAsync(app, action);
        Assert.Equal(2, await app.DueAsync(RetainedRecord.Agreement, world.Quebec));
        Assert.Equal(1, await app.StoredFileCountAsync(EvidenceDocuments.Area));

        Assert.True(await app.RunRetentionAsync());

        Assert.Equal(0, await app.DueAsync(RetainedRecord.Agreement, world.Quebec));
        Assert.Equal(0, await app.StoredFileCountAsync(EvidenceDocuments.Area));
        foreach (var kept in new[] { world.CrossBorder, world.Discussed })
        {
            Assert.Equal(2, await SignatoriesAsync(app, kept));
            Assert.Equal(1, await app.CountAsync<AgreementComment>(c => c.AgreementId == kept));
            Assert.Equal(1, await app.CountAsync<AgreementEvent>(e => e.AgreementId == kept && e.ActorId != null));
        }
        // The transfer assessment stays; it loses the link only when the agreement is gone.
        var link = await app.WithDbAsync(db => db.TransferAssessments.Where(a => a.Id == world.Assessment).Select(a => a.AgreementId).SingleAsync());
        var gone = new[] { world.Old, world.Abandoned };
        if (action == RetentionAction.Destroy)
        {
            Assert.Null(link);
            Assert.Equal(0, await app.CountAsync<Agreement>(a => gone.Contains(a.Id)));
            Assert.Equal(0, await app.CountAsync<AgreementVersion>(v => gone.Contains(v.AgreementId)));
            Assert.Equal(0, await app.CountAsync<AgreementParty>(p => gone.Contains(p.AgreementId)));
            Assert.Equal(0, await app.CountAsync<Commitment>(c => gone.Contains(c.AgreementId)));
            Assert.Equal(0, await app.CountAsync<PartyApproval>(a => gone.Contains(a.AgreementId)));
            Assert.Equal(0, await app.CountAsync<AgreementEvent>(e => gone.Contains(e.AgreementId)));
            return;
        }
        Assert.Equal(world.Old, link);
        // The text, the dates, the organisation parties and the commitments (with what was done) stay; the people go.
        Assert.Equal("Coopérer.", await app.WithDbAsync(db => db.AgreementArticles.Where(a => db.AgreementVersions.Any(v => v.Id == a.VersionId && v.AgreementId == world.Old)).Select(a => a.Body).SingleAsync()));
        Assert.Equal(new LocalDate(2018, 6, 30), await app.WithDbAsync(db => db.Agreements.Where(a => a.Id == world.Old).Select(a => a.ExpiresOn).SingleAsync()));
        Assert.Equal(4, await app.CountAsync<AgreementParty>(p => gone.Contains(p.AgreementId)));
        Assert.Equal(0, await app.CountAsync<AgreementParty>(p => gone.Contains(p.AgreementId) && p.PersonId != null));
        Assert.Equal(1, await app.WithDbAsync(db => db.CommitmentCompletions.CountAsync(c => db.Commitments.Any(x => x.Id == c.CommitmentId && x.AgreementId == world.Old))));
        Assert.Equal(0, await app.CountAsync<Commitment>(c => gone.Contains(c.AgreementId) && c.PersonId != null));
        Assert.Equal(0, await SignatoriesAsync(app, world.Old) + await SignatoriesAsync(app, world.Abandoned));
        Assert.Equal(0, await app.CountAsync<AgreementSignature>(s => gone.Contains(s.AgreementId)));
        Assert.Equal(0, await app.CountAsync<AgreementComment>(c => gone.Contains(c.AgreementId)));
        Assert.Equal(0, await app.CountAsync<AgreementEvidencePack>(p => gone.Contains(p.AgreementId)));
        Assert.Equal(0, await app.CountAsync<ArticleMark>(m => gone.Contains(m.AgreementId) && m.MarkedBy != Guid.Empty));
        Assert.Equal(0, await app.CountAsync<AgreementVersion>(v => gone.Contains(v.AgreementId) && v.SavedBy != null));
        Assert.Equal(0, await app.CountAsync<AgreementEvent>(e => gone.Contains(e.AgreementId) && (e.ActorId != null || e.Detail != "")));
        var approval = await app.WithDbAsync(db => db.PartyApprovals.AsNoTracking().SingleAsync(a => a.AgreementId == world.Old));
        Assert.Equal((Guid.Empty, null, "CA-2015-06"), (approval.RecordedBy, approval.DocumentStoredName, approval.ResolutionReference));
    }
}
