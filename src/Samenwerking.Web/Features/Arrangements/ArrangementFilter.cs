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

    /// <summary>The filter as the query string names it (vorm, doel, beleidsterrein, …); unknown values are ignored.</summary>
    public static ArrangementFilter FromQuery(Func<string, string?> query) => new()
    {
        Search = query("q"),
        LegalForm = Enum.TryParse<LegalForm>(query("vorm"), ignoreCase: true, out var form) ? form : null,
        GoalLevel = Enum.TryParse<GoalLevel>(query("doel"), ignoreCase: true, out var level) ? level : null,
        PolicyAreaCode = query("beleidsterrein"),
        ProvinceCode = query("provincie")?.ToUpperInvariant(),
        MunicipalityCode = Municipality.NormaliseCode(query("gemeente")),
        Sort = Enum.TryParse<ArrangementSort>(query("sorteer"), ignoreCase: true, out var sort) ? sort : ArrangementSort.Naam,
        Descending = query("volgorde") == "af",
        Page = int.TryParse(query("pagina"), System.Globalization.CultureInfo.InvariantCulture, out var page) ? Math.Max(page, 1) : 1,
    };
}
