using System.Security.Cryptography;
using System.Text.Json;

namespace Samenwerking.Web.Features.Api;

/// <summary>JSON with an ETag (a hash of the body): a client that sends it back in If-None-Match gets 304.</summary>
internal static class ApiResponses
{
    public static IResult Json<T>(HttpContext context, T value, JsonSerializerOptions options)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(value, options);
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"";
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = "public, max-age=60";
        return context.Request.Headers.IfNoneMatch.Any(v => v == etag || v == "*")
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(body, "application/json; charset=utf-8");
    }

    public static IResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden");

    public static IResult BadRequest(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Ongeldige vraag");
}
