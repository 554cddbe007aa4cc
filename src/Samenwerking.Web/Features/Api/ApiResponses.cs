using Microsoft.AspNetCore.Http.HttpResults;

namespace Samenwerking.Web.Features.Api;

/// <summary>The API's answers: a contract type with an ETag, or problem details.</summary>
internal static class ApiResponses
{
    public static ApiJsonResult<T> Json<T>(T value) => new(value);

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden");

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Ongeldige vraag");
}
