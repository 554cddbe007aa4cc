namespace Samenwerking.Web.Features.Search;

/// <summary>What a hit is; the search page shows them in this order, one group each.</summary>
public enum SearchKind
{
    Samenwerkingsverband,
    Bevoegdheid,
    Gemeente,
    Taak,
}

/// <summary>
/// One search result: <see cref="Key"/> is the arrangement id, municipality code or task id the link goes to;
/// <see cref="Detail"/> the text that matched (a purpose, a power), where that was not the title.
/// </summary>
public sealed record SearchHit(SearchKind Kind, string Key, string Title, string? Detail, bool Ended, double Rank)
{
    public string Href => Kind switch
    {
        SearchKind.Gemeente => $"/gemeenten/{Key}",
        SearchKind.Taak => $"/taken/{Key}",
        _ => $"/samenwerkingsverbanden/{Key}",
    };
}

/// <summary>The hits, best first per kind, and per kind how many matched in all.</summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<SearchKind, int> Totals)
{
    public static readonly SearchResults None = new([], new Dictionary<SearchKind, int>());

    public int Total => Totals.Values.Sum();
}
