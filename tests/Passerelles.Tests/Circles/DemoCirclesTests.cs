using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Circles;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Circles;

public sealed class DemoCirclesTests
{
    [Fact]
    public async Task The_demo_circle_has_a_co_facilitator_per_side_the_two_coordinators_a_series_across_the_March_2027_offset_weeks_two_polls_discussions_and_resources()
    {
        await using var app = new AppFactory();
        foreach (var email in new[] { "coach.espace412@demo.passerelles.org", "coach.tube@demo.passerelles.org", "élodie.promotrice@demo.passerelles.org", "porteur@demo.passerelles.org",
                     "direction.cereso@demo.passerelles.org", "coordination.ptce@demo.passerelles.org" })
            await app.CreateUserAsync(email);
        var files = app.Services.GetRequiredService<ResourceFiles>();

        await app.WithDbAsync(db => DemoCircles.EnsureAsync(db, files, NodaTime.Instant.FromUtc(2026, 3, 10, 14, 0)));
        await app.WithDbAsync(db => DemoCircles.EnsureAsync(db, files, NodaTime.Instant.FromUtc(2026, 3, 10, 14, 0)));

        await app.WithDbAsync(async db =>
        {
            var circle = await db.Circles.Include(c => c.Members).SingleAsync();
            var facilitators = circle.Members.Where(m => m.IsCoFacilitator).Select(m => m.Side).ToList();
            Assert.Equal(2, facilitators.Count);
            Assert.Contains(Side.Quebec, facilitators);
            Assert.Contains(Side.France, facilitators);
            var coordinators = await db.Users.Where(u => u.Email == "direction.cereso@demo.passerelles.org" || u.Email == "coordination.ptce@demo.passerelles.org")
                .Select(u => u.Id).ToListAsync();
            Assert.Equal(2, circle.Members.Count(m => coordinators.Contains(m.UserId) && !m.IsCoFacilitator));
            var series = await db.CircleSessions.Where(s => s.SeriesId != null).ToListAsync();
            Assert.Equal(8, series.Count);
            Assert.Equal(2, series.Count(s => s.InOffsetWeek));
            Assert.Equal(1, await db.Polls.CountAsync(p => p.SessionId != null));
            Assert.Equal(1, await db.Polls.CountAsync(p => p.SessionId == null));
            Assert.Equal(2, await db.Discussions.CountAsync());
            Assert.Equal(2, await db.CircleResources.CountAsync());
        });
        Assert.Equal(1, await app.StoredFileCountAsync(ResourceFiles.Area));
    }
}
