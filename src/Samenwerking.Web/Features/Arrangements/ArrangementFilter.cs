using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Arrangements;

/// <summary>What the arrangement list shows: filters, sort order and page, as they live in the query string.</summary>
public sealed record ArrangementFilter
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    public string? Search { get; init; }

    public LegalForm? LegalForm { get; init; }

    public GoalLevel? GoalLevel { get; init; }

    public string? PolicyAreaCode { get; init; }

    public string? ProvinceCode { get; init; }

    public string? MunicipalityCode { get; init; }

    public ArrangementSort Sort { get; init; } = ArrangementSort.Naam;

    public bool Descending { get; init; }

    /// <summary>One-based.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;
}
