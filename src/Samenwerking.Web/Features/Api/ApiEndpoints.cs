using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Samenwerking.Web.Components.Shared;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Arrangements;
using Samenwerking.Web.Features.Congruence;
using Samenwerking.Web.Features.Overview;
using Samenwerking.Web.Features.Search;
using Samenwerking.Web.Features.Municipalities;
using Samenwerking.Web.Features.Tasks;

namespace Samenwerking.Web.Features.Api;

/// <summary>
/// The register as open data: a read-only JSON API under /api/v1 with stable English field names, ISO dates,
/// ETags, and problem details for every error. Documented at /openapi/v1.json, browsable at /api.
/// </summary>
internal static class ApiEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("Samenwerking").DisableAntiforgery();

        api.MapGet("/municipalities", async (HttpContext context, MunicipalityQueries queries, string? q, string? province, string? peildatum, CancellationToken cancellationToken) =>
            Date(peildatum, context) is not { } date ? BadDate()
            : ApiResponses.Json(context, await queries.ListAsync(q, province?.ToUpperInvariant(), date, cancellationToken), Json))
            .WithSummary("Municipalities that exist on the date (default today), with the number of arrangements they take part in.");

        api.MapGet("/municipalities/{code}", async (HttpContext context, MunicipalityQueries queries, string code, CancellationToken cancellationToken) =>
            await queries.DetailAsync(code, Peildatum.Today(context), cancellationToken) is { } detail
                ? ApiResponses.Json(context, new { detail.Code, detail.Name, detail.Province, detail.ValidTo, detail.SuccessorCode }, Json)
                : ApiResponses.NotFound($"Geen gemeente met code '{code}'."))
            .WithSummary("One municipality by its CBS code (GM0344).");

        api.MapGet("/municipalities/{code}/arrangements", async (HttpContext context, MunicipalityQueries queries, string code, string? peildatum, CancellationToken cancellationToken) =>
            Date(peildatum, context) is not { } date ? BadDate()
            : await queries.DetailAsync(code, date, cancellationToken) is { } detail
                ? ApiResponses.Json(context, detail.Arrangements, Json)
                : ApiResponses.NotFound($"Geen gemeente met code '{code}'."))
            .WithSummary("The arrangements a municipality takes part in on the date, with its tasks placed there.");

        api.MapGet("/arrangements", async (HttpContext context, ArrangementQueries queries, string? legalForm, string? goalLevel,
                string? policyArea, string? municipality, string? q, int? page, int? pageSize, CancellationToken cancellationToken) =>
            {
                LegalForm? form = null;
                GoalLevel? level = null;
                if (legalForm is not null && !TryEnum<LegalForm>(legalForm, out form))
                {
                    return ApiResponses.BadRequest($"Onbekende legalForm '{legalForm}'. Kies uit: {string.Join(", ", Enum.GetNames<LegalForm>())}.");
                }

                if (goalLevel is not null && !TryEnum<GoalLevel>(goalLevel, out level))
                {
                    return ApiResponses.BadRequest($"Onbekend goalLevel '{goalLevel}'. Kies uit: {string.Join(", ", Enum.GetNames<GoalLevel>())}.");
                }

                if (page < 1 || pageSize is < 1 or > ArrangementFilter.MaxPageSize)
                {
                    return ApiResponses.BadRequest($"page begint bij 1; pageSize ligt tussen 1 en {ArrangementFilter.MaxPageSize}.");
                }

                var filter = new ArrangementFilter
                {
                    Search = q, LegalForm = form, GoalLevel = level, PolicyAreaCode = policyArea,
                    MunicipalityCode = Municipality.NormaliseCode(municipality) ?? municipality,
                    Page = page ?? 1, PageSize = pageSize ?? ArrangementFilter.DefaultPageSize,
                };
                var result = await queries.ListAsync(filter, Peildatum.Today(context), cancellationToken, withOptions: false);
                return ApiResponses.Json(context, new { items = result.Items, totalCount = result.TotalCount, page = filter.Page, pageSize = filter.PageSize }, Json);
            })
            .WithSummary("Arrangements in force today, filtered and paged.");

        api.MapGet("/arrangements/{id:int}", async (HttpContext context, ArrangementQueries queries, int id, CancellationToken cancellationToken) =>
            await queries.DetailAsync(id, cancellationToken) is { } detail
                ? ApiResponses.Json(context, detail, Json)
                : ApiResponses.NotFound($"Geen samenwerkingsverband met id {id}."))
            .WithSummary("One arrangement with its participants over time and its task placements.");

        api.MapGet("/tasks/{id:int}/placements", async (HttpContext context, TaskQueries queries, int id, string? peildatum, CancellationToken cancellationToken) =>
            Date(peildatum, context) is not { } date ? BadDate()
            : await queries.DetailAsync(id, date, cancellationToken) is { } detail
                ? ApiResponses.Json(context, detail, Json)
                : ApiResponses.NotFound($"Geen taak met id {id}."))
            .WithSummary("For one task: where each municipality placed it, who keeps it, who has nothing registered.");

        api.MapGet("/municipalities/{code}/connected-parties", async (HttpContext context, OverviewQueries queries, string code, string? peildatum, CancellationToken cancellationToken) =>
            Date(peildatum, context) is not { } date ? BadDate()
            : await queries.OverviewAsync(code, date, cancellationToken) is { } overview
                ? ApiResponses.Json(context, new
                {
                    overview.Code,
                    overview.Year,
                    Groups = overview.VerbondenPartijen.Select(group => new
                    {
                        Group = group.Key,
                        Parties = group.Select(p => new
                        {
                            p.ArrangementId, p.Name, p.LegalForm, p.Seat, p.PublicInterest, p.CostSharePercentage,
                            Contribution = p.ContributionIn(overview.Year), p.RiskClass, p.Finances, p.Risks,
                        }),
                    }),
                }, Json)
                : ApiResponses.NotFound($"Geen gemeente met code '{code}'."))
            .WithSummary("The paragraaf verbonden partijen (BBV art. 15) of a municipality for the year of the date, in its four groups.");

        api.MapGet("/municipalities/{code}/congruence", async (HttpContext context, CongruenceQueries queries, string code, string? peildatum, CancellationToken cancellationToken) =>
            Date(peildatum, context) is not { } date ? BadDate()
            : await queries.ForMunicipalityAsync(code, date, cancellationToken) is { } congruence
                ? ApiResponses.Json(context, congruence, Json)
                : ApiResponses.NotFound($"Geen gemeente met code '{code}'."))
            .WithSummary("A municipality's partner municipalities by shared arrangements, and per field the congruence score (mean Jaccard overlap).");

        api.MapGet("/search", async (HttpContext context, SearchQueries queries, string? q, CancellationToken cancellationToken) =>
            string.IsNullOrWhiteSpace(q) ? ApiResponses.BadRequest("Geef een zoekvraag mee als q.")
            : ApiResponses.Json(context, await queries.SearchAsync(q, Peildatum.Today(context), cancellationToken), Json))
            .WithSummary("Search arrangements, powers, municipalities and tasks (Dutch full text, typo-tolerant names); the best 20 per kind.");

        api.MapFallback(() => ApiResponses.NotFound("Dit adres bestaat niet in de API; zie /api voor de beschrijving."));
        return endpoints;
    }


    /// <summary>Today when absent; null when present but not an ISO date.</summary>
    private static DateOnly? Date(string? value, HttpContext context) => value is null ? Peildatum.Today(context) : Peildatum.Parse(value);

    private static IResult BadDate() => ApiResponses.BadRequest("peildatum is een datum als JJJJ-MM-DD, bijvoorbeeld 2026-01-01.");

    private static bool TryEnum<T>(string value, out T? result) where T : struct, Enum
    {
        var ok = Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);
        result = ok ? parsed : null;
        return ok;
    }
}
