using Samenwerking.Web.Features.Search;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>One search hit.</summary>
/// <param name="Kind">What the hit is.</param>
/// <param name="Key">The arrangement id, municipality code or task id the hit is about.</param>
/// <param name="Title">The hit's name.</param>
/// <param name="Detail">The text that matched (a purpose, a power), where that was not the title.</param>
/// <param name="Ended">True when the arrangement has ended or the municipality no longer exists.</param>
/// <param name="Rank">How well it matched; higher is better.</param>
/// <param name="Href">The page of the register that shows it.</param>
public sealed record ApiSearchHit(ApiSearchKind Kind, string Key, string Title, string? Detail, bool Ended, double Rank, string Href)
{
    public static ApiSearchHit From(SearchHit hit) =>
        new(hit.Kind.ToContract<ApiSearchKind>(), hit.Key, hit.Title, hit.Detail, hit.Ended, hit.Rank, hit.Href);
}
