using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Samenwerking.Web.Features.Api;

/// <summary>
/// A contract type as JSON with an ETag (a hash of the body): a client that sends it back in If-None-Match gets 304.
/// Written with the app's JSON options, which the OpenAPI document is generated with too, so the document describes
/// what is written. As a typed result it states its response in the endpoint's metadata, schema and all.
/// </summary>
internal sealed class ApiJsonResult<T>(T value) : IResult, IValueHttpResult<T>, IEndpointMetadataProvider
{
    private const string ContentType = "application/json";

    public T? Value { get; } = value;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var body = JsonSerializer.SerializeToUtf8Bytes(Value, options);
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"";
        httpContext.Response.Headers.ETag = etag;
        // Revalidated every time: after a save the client sees the change at once, and unchanged answers cost a 304.
        httpContext.Response.Headers.CacheControl = "no-cache";
        // Several tags in one header, and weak tags a compressing proxy makes of ours, match too (RFC 9110, weak comparison).
        var sent = httpContext.Request.Headers.IfNoneMatch.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Select(v => v.StartsWith("W/", StringComparison.Ordinal) ? v[2..] : v);
        if (sent.Any(v => v == etag || v == "*"))
        {
            await TypedResults.StatusCode(StatusCodes.Status304NotModified).ExecuteAsync(httpContext);
            return;
        }

        await TypedResults.Bytes(body, $"{ContentType}; charset=utf-8").ExecuteAsync(httpContext);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), [ContentType]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified));
    }
}
