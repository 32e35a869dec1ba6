using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Privacy.Requests;

namespace Passerelles.Tests.Privacy.Requests;

public sealed class DemoPrivacyRequestsTests
{
    [Fact]
    public async Task The_demo_holds_one_open_access_request_of_a_French_project_holder_due_in_12_days()
    {
        await using var app = new AppFactory();
        await app.CreateOrganisationAsync("Le Tube à ESS'ai", Side.France);
        await app.CreateUserAsync(DemoPrivacyRequests.Applicant, "Amaia Lafitte");
        var now = Instant.FromDateTimeOffset(app.Clock.GetUtcNow());

        await app.WithDbAsync(db => DemoPrivacyRequests.EnsureAsync(db, now));
        await app.WithDbAsync(db => DemoPrivacyRequests.EnsureAsync(db, now));

        var request = await app.WithDbAsync(db => db.PrivacyRequests.AsNoTracking().Include(r => r.Controller).Include(r => r.Person).SingleAsync());
        Assert.Equal(("Le Tube à ESS'ai", "Amaia Lafitte", PrivacyRequestKind.Access, PrivacyRequestStatus.Open, 12),
            (request.Controller.Name, request.Person.DisplayName, request.Kind, request.Status, RequestDeadline.DaysLeft(Side.France, request.DueOn, now)));
        Assert.Equal(request.DueOn, RequestDeadline.Due(Side.France, RequestDeadline.ReceivedOn(Side.France, request.ReceivedAt), extended: false));
    }
}
