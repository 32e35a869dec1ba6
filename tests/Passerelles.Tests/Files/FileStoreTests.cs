using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelles.Tests.Bridges;
using Passerelles.Tests.Mobility;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Bridges;
using Passerelles.Web.Features.Mobility;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.People;
using Passerelles.Web.Features.Privacy.Requests;
using Passerelles.Web.Infrastructure.Files;

namespace Passerelles.Tests.Files;

public sealed class FileStoreTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>Content over two chunks and a part, so that chunk boundaries are crossed on PostgreSQL.</summary>
    private static byte[] Content(int length, string start = "%PDF-1.7\n")
    {
        var content = new byte[length];
        new Random(412).NextBytes(content);
        Encoding.ASCII.GetBytes(start).CopyTo(content, 0);
        return content;
    }

    [Fact]
    public async Task A_file_larger_than_a_chunk_comes_back_byte_identical_and_is_gone_once_deleted()
    {
        var store = app.Services.GetRequiredService<IFileStore>();
        Assert.IsType(app.Provider == DatabaseProvider.Postgres ? typeof(PostgresFileStore) : typeof(DiskFileStore), store);
        var content = Content(2 * PostgresFileStore.ChunkBytes + 1234);

        await store.SaveAsync("tests", "round-trip", new MemoryStream(content));

        Assert.True(await store.ExistsAsync("tests", "round-trip"));
        Assert.Equal(content, await store.OpenReadAsync("tests", "round-trip").ReadAllAsync());
        // Read in small pieces, as a response body is.
        await using (var stream = (await store.OpenReadAsync("tests", "round-trip"))!)
        {
            var piece = new byte[1000];
            using var copy = new MemoryStream();
            int read;
            while ((read = await stream.ReadAsync(piece)) > 0) copy.Write(piece, 0, read);
            Assert.Equal(content, copy.ToArray());
        }
        if (app.Provider == DatabaseProvider.Postgres)
        {
            var chunks = await app.WithDbAsync(db => db.StoredFileChunks.Where(c => c.Area == "tests" && c.Key == "round-trip")
                .Select(c => c.Data.Length).OrderBy(l => l).ToListAsync());
            Assert.Equal([1234, PostgresFileStore.ChunkBytes, PostgresFileStore.ChunkBytes], chunks);
        }

        await store.DeleteAsync("tests", "round-trip");
        Assert.False(await store.ExistsAsync("tests", "round-trip"));
        Assert.Null(await store.OpenReadAsync("tests", "round-trip"));
        await store.DeleteAsync("tests", "round-trip");
    }

    [Theory]
    [InlineData("../documents", "key")]
    [InlineData("tests", "../../passerelles.db")]
    [InlineData("tests", "Key")]
    [InlineData("", "key")]
    public async Task A_name_that_could_leave_its_folder_is_refused(string area, string key) =>
        await Assert.ThrowsAsync<ArgumentException>(() => app.Services.GetRequiredService<IFileStore>().ExistsAsync(area, key));

    [Fact]
    public async Task Erasing_a_person_deletes_their_CV_and_identity_document_from_the_store()
    {
        var cvs = app.Services.GetRequiredService<CvFiles>();
        var cv = await cvs.Store.StoreAsync(Encoding.ASCII.GetBytes("%PDF-1.4 CV"));
        var placement = await app.PlacementAsync(cvStoredName: cv);
        await MobilityDataTesting.UploadIdentityAsync(placement.Student, placement.PlacementId, "passeport.pdf", Encoding.ASCII.GetBytes("%PDF-1.4 passeport"));
        var identity = (await app.DocumentsAsync(placement.PlacementId)).Single(d => d.Kind == DocumentKind.IdentityDocument).StoredName;
        var identities = app.Services.GetRequiredService<SensitiveDocuments>().Store;
        Assert.True(await identities.ExistsAsync(identity));
        var personId = await app.WithDbAsync(async db =>
        {
            var organisation = await db.Organisations.Select(o => o.Id).FirstAsync();
            var person = new Person { DisplayName = "Étudiante Effacée", Email = $"student.{placement.Key}@test.passerelles.org", UserId = placement.StudentId, ControllerOrganisationId = organisation };
            db.People.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });

        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<PersonErasure>().EraseAsync(personId);

        Assert.False(await cvs.Store.ExistsAsync(cv));
        Assert.False(await identities.ExistsAsync(identity));
        var application = await app.WithDbAsync(db => db.MobilityApplications.AsNoTracking().SingleAsync(a => a.Id == placement.ApplicationId));
        Assert.Equal(("", "", ""), (application.CvStoredName, application.CvFileName, application.CvContentType));
        Assert.DoesNotContain(await app.DocumentsAsync(placement.PlacementId), d => d.Kind == DocumentKind.IdentityDocument);
    }

    /// <summary>On PostgreSQL the files are in the database: a document uploaded through one instance downloads from
    /// another whose data folder has never seen it.</summary>
    [PostgresFact]
    public async Task A_document_uploaded_on_one_instance_downloads_byte_identical_from_another()
    {
        await using var first = AppFactory.On(TestDatabase.Create(DatabaseProvider.Postgres));
        // A sibling has a Passerelles:DataPath of its own (AppFactory gives each instance a fresh folder).
        await using var second = first.Sibling();
        var from = await first.CreatePublicOrganisationAsync("CERESO", Side.Quebec);
        var to = await first.CreatePublicOrganisationAsync("Tube", Side.France);
        var document = Content(PostgresFileStore.ChunkBytes + 4321);

        var created = await BridgeForms.PostAsync(await first.AdministratorClientAsync(), "/bridges/new", BridgeForms.Valid(from.Id, to.Id),
            ("Entente signée.pdf", document, "application/pdf"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var bridge = await first.WithDbAsync(db => db.Bridges.AsNoTracking().SingleAsync(b => b.FromOrganisationId == from.Id));

        var download = await (await second.AdministratorClientAsync()).GetAsync($"/bridges/{bridge.Id}/evidence");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(document, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(1, await first.WithDbAsync(db => db.StoredFiles.CountAsync(f => f.Area == EvidenceDocuments.Area)));
    }
}
