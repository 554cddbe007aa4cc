using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;

namespace Samenwerking.Web.Components.Shared;

/// <summary>
/// Links and forms on reading pages change the address, never component state (decision 0006). These build the addresses
/// relative to the site's root, so a page's HTML does not depend on the host name it was asked for.
/// </summary>
public static class Addresses
{
    /// <summary>The current page's path and query ("/gemeenten?q=zeist") with the given values set, or removed where null.</summary>
    public static string PathWith(this NavigationManager navigation, IReadOnlyDictionary<string, object?> parameters) =>
        "/" + navigation.ToBaseRelativePath(navigation.GetUriWithQueryParameters(parameters));

    /// <summary>The current page's path and query with one value set, or removed where null.</summary>
    public static string PathWith(this NavigationManager navigation, string name, string? value) =>
        "/" + navigation.ToBaseRelativePath(navigation.GetUriWithQueryParameter(name, value));

    /// <summary>The current page's path without its query ("/gemeenten/GM0344"): the action of a GET form.</summary>
    public static string Path(this NavigationManager navigation) => new Uri(navigation.Uri).AbsolutePath;

    /// <summary>The current query's non-empty values, except the named ones, in their order.</summary>
    public static IEnumerable<KeyValuePair<string, string>> QueryExcept(this NavigationManager navigation, IReadOnlyCollection<string> except) =>
        QueryHelpers.ParseQuery(new Uri(navigation.Uri).Query)
            .Where(entry => !except.Contains(entry.Key, StringComparer.OrdinalIgnoreCase))
            .SelectMany(entry => entry.Value.OfType<string>().Where(value => value.Length > 0)
                .Select(value => KeyValuePair.Create(entry.Key, value)));
}
