namespace Passerelles.Web.Features.Shared;

/// <summary>What the pager under a list shows: the page, how many there are (given, not computed, since a list may
/// only know a lower bound of its total), the address of any page, an optional summary ("42 organisations"), and
/// the element htmx refreshes, when the list is refreshed in place.</summary>
public sealed record Pager(int Page, int PageCount, Func<int, string> Link, string? Summary = null, string? HtmxTarget = "#results");
