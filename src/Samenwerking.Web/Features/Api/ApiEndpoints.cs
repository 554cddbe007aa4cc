using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Samenwerking.Web.Components.Shared;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Api.Contract;
using Samenwerking.Web.Features.Arrangements;
using Samenwerking.Web.Features.Congruence;
using Samenwerking.Web.Features.Municipalities;
using Samenwerking.Web.Features.Overview;
using Samenwerking.Web.Features.Search;
using Samenwerking.Web.Features.Tasks;

namespace Samenwerking.Web.Features.Api;

/// <summary>
/// The register as open data: a read-only JSON API under /api/v1 with stable English field names, ISO dates,
/// ETags, and problem details for every error. Documented at /openapi/v1.json, browsable at /api.
/// Every endpoint answers with a type of <see cref="Contract"/>, never a page's read model: the pages' models may
/// change, the contract may not without a new version.
/// </summary>
internal static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("Samenwerking").DisableAntiforgery();

        api.MapGet("/municipalities", MunicipalitiesAsync)
            .WithName("ListMunicipalities")
            .WithSummary("Municipalities that exist on the date (default today), with the number of arrangements they take part in.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/municipalities/{code}", MunicipalityAsync)
            .WithName("GetMunicipality")
            .WithSummary("One municipality by its CBS code (GM0344).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/municipalities/{code}/arrangements", MunicipalityArrangementsAsync)
            .WithName("ListMunicipalityArrangements")
            .WithSummary("The arrangements a municipality takes part in on the date, with its tasks placed there.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/arrangements", ArrangementsAsync)
            .WithName("ListArrangements")
            .WithSummary("Arrangements in force today, filtered and paged.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/arrangements/{id:int}", ArrangementAsync)
            .WithName("GetArrangement")
            .WithSummary("One arrangement with its participants over time, its task placements and its versions; "
                + "its kind of regeling and version in force as of the date (default today).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/tasks", TasksAsync)
            .WithName("ListTasks")
            .WithSummary("The task catalog: every task with its code, BBV taakveld and policy area, and its legal basis.");

        api.MapGet("/tasks/{code}/placements", TaskPlacementsAsync)
            .WithName("GetTaskPlacements")
            .WithSummary("One task (by its code, or by its id for a task without code) and its placements on the date, paged by municipality: "
                + "the arrangement (none when the municipality keeps the task), whether it is a suggestion and why, the period; "
                + "and the municipalities with nothing registered.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/municipalities/{code}/tasks", MunicipalityTasksAsync)
            .WithName("ListMunicipalityTasks")
            .WithSummary("Every catalog task and where the municipality has it carried out on the date: in which arrangements and with which "
                + "partners, itself, or nothing registered; suggestions marked with their reason.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/municipalities/{code}/connected-parties", ConnectedPartiesAsync)
            .WithName("GetConnectedParties")
            .WithSummary("The paragraaf verbonden partijen (BBV art. 15) of a municipality for the year of the date, in its four groups.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/municipalities/{code}/congruence", CongruenceAsync)
            .WithName("GetCongruence")
            .WithSummary("A municipality's partner municipalities by shared arrangements, and per field the congruence score (mean Jaccard overlap).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/search", SearchAsync)
            .WithName("Search")
            .WithSummary("Search arrangements, powers, municipalities and tasks (Dutch full text, typo-tolerant names); the best 20 per kind.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapFallback(() => ApiResponses.NotFound("Dit adres bestaat niet in de API; zie /api voor de beschrijving."));
        return endpoints;
    }

    private static async Task<Results<ApiJsonResult<IReadOnlyList<ApiMunicipalitySummary>>, ProblemHttpResult>> MunicipalitiesAsync(
        HttpContext context, MunicipalityQueries queries, string? q, string? province, string? peildatum,
        CancellationToken cancellationToken)
    {
        if (Date(peildatum, context) is not { } date)
        {
            return BadDate();
        }

        var municipalities = await queries.ListAsync(q, province?.ToUpperInvariant(), date, cancellationToken);
        return ApiResponses.Json<IReadOnlyList<ApiMunicipalitySummary>>(municipalities.Select(ApiMunicipalitySummary.From).ToList());
    }

    private static async Task<Results<ApiJsonResult<ApiMunicipality>, ProblemHttpResult>> MunicipalityAsync(
        HttpContext context, MunicipalityQueries queries, string code, CancellationToken cancellationToken) =>
        await queries.DetailAsync(code, Peildatum.Today(context), cancellationToken) is { } detail
            ? ApiResponses.Json(ApiMunicipality.From(detail))
            : NoMunicipality(code);

    private static async Task<Results<ApiJsonResult<IReadOnlyList<ApiMunicipalityArrangement>>, ProblemHttpResult>> MunicipalityArrangementsAsync(
        HttpContext context, MunicipalityQueries queries, string code, string? peildatum, CancellationToken cancellationToken) =>
        Date(peildatum, context) is not { } date ? BadDate()
        : await queries.DetailAsync(code, date, cancellationToken) is { } detail
            ? ApiResponses.Json<IReadOnlyList<ApiMunicipalityArrangement>>(
                detail.Arrangements.Select(ApiMunicipalityArrangement.From).ToList())
            : NoMunicipality(code);

    private static async Task<Results<ApiJsonResult<ApiPage<ApiArrangementSummary>>, ProblemHttpResult>> ArrangementsAsync(
        HttpContext context, ArrangementQueries queries, string? legalForm, string? goalLevel, string? policyArea, string? municipality,
        string? q, int? page, int? pageSize, CancellationToken cancellationToken)
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
            return BadPage();
        }

        var filter = new ArrangementFilter
        {
            Search = q, LegalForm = form, GoalLevel = level, PolicyAreaCode = policyArea,
            MunicipalityCode = Municipality.NormaliseCode(municipality) ?? municipality,
            Page = page ?? 1, PageSize = pageSize ?? ArrangementFilter.DefaultPageSize,
        };
        var result = await queries.ListAsync(filter, Peildatum.Today(context), cancellationToken, withOptions: false);
        return ApiResponses.Json(new ApiPage<ApiArrangementSummary>(
            result.Items.Select(ApiArrangementSummary.From).ToList(), result.TotalCount, filter.Page, filter.PageSize));
    }

    private static async Task<Results<ApiJsonResult<ApiArrangement>, ProblemHttpResult>> ArrangementAsync(
        HttpContext context, ArrangementQueries queries, int id, string? peildatum, CancellationToken cancellationToken) =>
        Date(peildatum, context) is not { } date ? BadDate()
        : await queries.DetailAsync(id, cancellationToken) is { } detail
            ? ApiResponses.Json(ApiArrangement.From(detail, date))
            : ApiResponses.NotFound($"Geen samenwerkingsverband met id {id}.");

    private static async Task<ApiJsonResult<IReadOnlyList<ApiTask>>> TasksAsync(TaskQueries queries, CancellationToken cancellationToken) =>
        ApiResponses.Json<IReadOnlyList<ApiTask>>((await queries.CatalogAsync(cancellationToken)).Select(ApiTask.From).ToList());

    private static async Task<Results<ApiJsonResult<ApiTaskPlacementPage>, ProblemHttpResult>> TaskPlacementsAsync(
        HttpContext context, TaskQueries queries, string code, string? peildatum, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        if (Date(peildatum, context) is not { } date)
        {
            return BadDate();
        }

        if (page < 1 || pageSize is < 1 or > ArrangementFilter.MaxPageSize)
        {
            return BadPage();
        }

        return await queries.PlacementsAsync(code, date, page ?? 1, pageSize ?? ArrangementFilter.DefaultPageSize, cancellationToken) is { } placements
            ? ApiResponses.Json(ApiTaskPlacementPage.From(placements))
            : ApiResponses.NotFound($"Geen taak met code '{code}'; zie /api/v1/tasks voor de codes.");
    }

    private static async Task<Results<ApiJsonResult<IReadOnlyList<ApiMunicipalityTask>>, ProblemHttpResult>> MunicipalityTasksAsync(
        HttpContext context, TaskQueries queries, string code, string? peildatum, CancellationToken cancellationToken) =>
        Date(peildatum, context) is not { } date ? BadDate()
        : await queries.MatrixAsync(code, date, cancellationToken) is { } found
            ? ApiResponses.Json<IReadOnlyList<ApiMunicipalityTask>>(found.Matrix.Rows.Select(ApiMunicipalityTask.From).ToList())
            : NoMunicipality(code);

    private static async Task<Results<ApiJsonResult<ApiConnectedParties>, ProblemHttpResult>> ConnectedPartiesAsync(
        HttpContext context, OverviewQueries queries, string code, string? peildatum, CancellationToken cancellationToken) =>
        Date(peildatum, context) is not { } date ? BadDate()
        : await queries.OverviewAsync(code, date, cancellationToken) is { } overview
            ? ApiResponses.Json(ApiConnectedParties.From(overview))
            : NoMunicipality(code);

    private static async Task<Results<ApiJsonResult<ApiCongruence>, ProblemHttpResult>> CongruenceAsync(
        HttpContext context, CongruenceQueries queries, string code, string? peildatum, CancellationToken cancellationToken) =>
        Date(peildatum, context) is not { } date ? BadDate()
        : await queries.ForMunicipalityAsync(code, date, cancellationToken) is { } congruence
            ? ApiResponses.Json(ApiCongruence.From(congruence))
            : NoMunicipality(code);

    private static async Task<Results<ApiJsonResult<ApiSearchResults>, ProblemHttpResult>> SearchAsync(
        HttpContext context, SearchQueries queries, string? q, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(q) ? ApiResponses.BadRequest("Geef een zoekvraag mee als q.")
        : ApiResponses.Json(ApiSearchResults.From(await queries.SearchAsync(q, Peildatum.Today(context), cancellationToken)));

    /// <summary>Today when absent; null when present but not an ISO date.</summary>
    private static DateOnly? Date(string? value, HttpContext context) => value is null ? Peildatum.Today(context) : Peildatum.Parse(value);

    private static ProblemHttpResult BadDate() => ApiResponses.BadRequest("peildatum is een datum als JJJJ-MM-DD, bijvoorbeeld 2026-01-01.");

    private static ProblemHttpResult BadPage() =>
        ApiResponses.BadRequest($"page begint bij 1; pageSize ligt tussen 1 en {ArrangementFilter.MaxPageSize}.");

    private static ProblemHttpResult NoMunicipality(string code) => ApiResponses.NotFound($"Geen gemeente met code '{code}'.");

    private static bool TryEnum<T>(string value, out T? result) where T : struct, Enum
    {
        var ok = Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);
        result = ok ? parsed : null;
        return ok;
    }
}
