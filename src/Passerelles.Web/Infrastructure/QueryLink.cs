using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Passerelles.Web.Infrastructure;

/// <summary>The links of a list page (sort headers, pages) keep what the reader asked for: each is the current query
/// with only the keys it is about changed.</summary>
public static class QueryLink
{
    /// <summary>The page number's key on every list page.</summary>
    public const string PageKey = "p";

    /// <summary><paramref name="path"/> with the current <paramref name="query"/>, each key of <paramref name="changes"/>
    /// set to its value in place, or removed when the value is null or empty. Empty values of the query are left out,
    /// so an untouched filter does not clutter the address; repeated keys (several themes) are kept.</summary>
    public static string With(string path, IEnumerable<KeyValuePair<string, StringValues>> query, params (string Key, string? Value)[] changes)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        var pending = changes.ToList();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value)) pairs.Add(new(key, value));
        }
        foreach (var (key, values) in query)
        {
            var change = pending.FindIndex(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase));
            if (change < 0)
            {
                foreach (var value in values) Add(key, value);
                continue;
            }
            Add(pending[change].Key, pending[change].Value);
            pending.RemoveAt(change);
        }
        foreach (var (key, value) in pending) Add(key, value);
        return QueryHelpers.AddQueryString(path, pairs);
    }

    /// <summary>The address of page <paramref name="page"/> of the same list; the first page needs no number.</summary>
    public static string ToPage(string path, IEnumerable<KeyValuePair<string, StringValues>> query, int page) =>
        With(path, query, (PageKey, page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null));
}
