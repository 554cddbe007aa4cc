using Samenwerking.Web.Features.Search;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>The best hits per kind, and per kind how many matched in all.</summary>
/// <param name="Hits">The hits, best first per kind; at most 20 of each kind.</param>
/// <param name="Totals">Per kind, how many matched in all.</param>
/// <param name="Total">How many matched in all.</param>
public sealed record ApiSearchResults(IReadOnlyList<ApiSearchHit> Hits, IReadOnlyDictionary<ApiSearchKind, int> Totals, int Total)
{
    public static ApiSearchResults From(SearchResults results) => new(
        results.Hits.Select(ApiSearchHit.From).ToList(),
        results.Totals.ToDictionary(t => t.Key.ToContract<ApiSearchKind>(), t => t.Value),
        results.Total);
}
