using Microsoft.EntityFrameworkCore;
using Passerelles.Tests.Coaching;
using Passerelles.Web.Data;

namespace Passerelles.Tests.Data;

/// <summary>Accounts are found by their name folded for search; an account saved before that name existed gets it when
/// the app starts.</summary>
public sealed class AccountNamesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_account_is_saved_with_its_name_folded_for_search()
    {
        var person = await app.PersonAsync(name: "Élodie Côté-Ouellet");

        var folded = await app.WithDbAsync(db => db.Users.Where(u => u.Id == person.User.Id).Select(u => u.SearchName).SingleAsync());

        Assert.Equal("elodie cote-ouellet", folded);
    }

    [Fact]
    public async Task An_account_without_its_folded_name_gets_it_at_start_up_and_others_are_left_as_they_are()
    {
        var unfolded = await app.PersonAsync(name: "Ève Bérubé");
        var folded = await app.PersonAsync(name: "Amaia Etxeberria");
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == unfolded.User.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.SearchName, "")));

        await app.WithDbAsync(DatabaseSetup.FoldAccountNamesAsync);

        var names = await app.WithDbAsync(db => db.Users.Where(u => u.Id == unfolded.User.Id || u.Id == folded.User.Id)
            .OrderBy(u => u.SearchName).Select(u => u.SearchName).ToListAsync());
        Assert.Equal(["amaia etxeberria", "eve berube"], names);
    }
}
