using Microsoft.AspNetCore.WebUtilities;
using Passerelles.Web.Infrastructure;

namespace Passerelles.Tests.Infrastructure;

public sealed class QueryLinkTests
{
    private static Dictionary<string, Microsoft.Extensions.Primitives.StringValues> Query(string query) => QueryHelpers.ParseQuery(query);

    [Fact]
    public void A_page_link_keeps_the_search_and_filters_and_changes_only_the_page_number()
    {
        var link = QueryLink.ToPage("/organisations", Query("?q=café&side=France&p=2&kind=Incubator"), 3);

        Assert.Equal("/organisations?q=caf%C3%A9&side=France&p=3&kind=Incubator", link);
    }

    [Fact]
    public void The_first_page_needs_no_number()
    {
        Assert.Equal("/people?q=elodie", QueryLink.ToPage("/people", Query("?q=elodie&p=4"), 1));
        Assert.Equal("/people", QueryLink.ToPage("/people", Query(""), 1));
    }

    [Fact]
    public void Untouched_filters_are_left_out_and_repeated_keys_are_kept()
    {
        var link = QueryLink.ToPage("/directory", Query("?q=&theme=Youth&theme=Food&kind="), 2);

        Assert.Equal("/directory?theme=Youth&theme=Food&p=2", link);
    }

    [Fact]
    public void A_sort_link_sets_the_order_and_goes_back_to_the_first_page()
    {
        var link = QueryLink.With("/organisations", Query("?q=tube&descending=true&p=3"),
            ("sort", "kind"), ("descending", null), (QueryLink.PageKey, null));

        Assert.Equal("/organisations?q=tube&sort=kind", link);
    }

    [Fact]
    public void Keys_are_matched_whatever_their_case()
    {
        Assert.Equal("/bridges?kind=Membership&p=3", QueryLink.ToPage("/bridges", Query("?kind=Membership&P=2"), 3));
    }
}
