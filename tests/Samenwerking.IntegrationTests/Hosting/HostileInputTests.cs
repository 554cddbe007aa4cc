using System.Collections.Concurrent;
using System.Net;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Testing;
using Samenwerking.Web.Components.Shared;
using Samenwerking.Web.Data;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.IntegrationTests.Hosting;

/// <summary>
/// Every GET route of the app, found in its endpoint data source (a new page or endpoint is walked without anyone adding
/// it here), with every query parameter the app reads and every route value, given hostile values: no 5xx, in Production
/// on the real database. Routes a reader cannot open are walked again by a beheerder.
/// </summary>
public sealed class HostileInputTests(RegisterDatabase database) : RegisterTest(database)
{
    private static readonly string[] HostileValues =
    [
        "", "-1", "0", "99999999999999999999", new string('9', 3000), "\0", "Onbekend", "2024-13-45", "0001-01-01",
        "9999-12-31", "<script>alert(1)</script>", "../../../etc/passwd",
    ];

    /// <summary>One of each kind, tried on every query name on its own (all of them are tried on all names at once).</summary>
    private static readonly string[] ProbeValues = ["", "-1", "99999999999999999999", "Onbekend", "2024-13-45", "9999-12-31"];

    /// <summary>Query values the app reads from the request itself rather than through a parameter it declares.</summary>
    private static readonly string[] ReadFromTheRequest = [Peildatum.QueryName, "van", "tot", "ReturnUrl"];

    [Fact]
    public async Task No_route_answers_hostile_input_with_a_server_error()
    {
        await using var app = new RegisterAppFactory(Database.ConnectionString, "Production", new Dictionary<string, string?>
        {
            ["RateLimits:Enabled"] = "false",
        });
        app.UseKestrel(0);
        app.StartServer();
        using var anonymous = WebClients.NewClient(app.ClientOptions.BaseAddress);
        using var beheerder = WebClients.NewClient(app.ClientOptions.BaseAddress);
        await Database.AddAsync("walker@gemeente.example", Roles.Beheerder);
        Assert.Equal(HttpStatusCode.Redirect, (await beheerder.SignInAsync("walker@gemeente.example", WebClients.Password)).StatusCode);

        var routes = GetRoutes(app.Services);
        var names = QueryNames(app.Services);
        var api = ApiNames(app.Services);
        var values = await RouteValuesAsync();
        Assert.Contains("/samenwerkingsverbanden/{Id:int}", routes);
        Assert.Contains("/api/v1/arrangements", routes);
        Assert.Contains("peildatum", names);

        var failures = new ConcurrentBag<string>();
        var behindSignIn = new ConcurrentBag<string>();
        var requests = 0;
        await Parallel.ForEachAsync(routes, new ParallelOptions { MaxDegreeOfParallelism = 3 }, async (route, cancellationToken) =>
        {
            var pattern = RoutePatternFactory.Parse(route);
            var plain = Url(pattern, values, null);
            var first = await anonymous.GetAsync(new Uri(plain, UriKind.Relative), cancellationToken);
            var client = anonymous;
            if (first.StatusCode == HttpStatusCode.Redirect && first.Headers.Location?.OriginalString.StartsWith("/inloggen", StringComparison.Ordinal) == true)
            {
                behindSignIn.Add(route);
                client = beheerder;
            }

            foreach (var url in HostileUrls(pattern, values, names, api))
            {
                Interlocked.Increment(ref requests);
                try
                {
                    using var response = await client.GetAsync(new Uri(url, UriKind.Relative), cancellationToken);
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{(int)response.StatusCode} {url[..Math.Min(url.Length, 160)]}");
                    }
                }
                catch (HttpRequestException e)
                {
                    failures.Add($"{e.Message} {url[..Math.Min(url.Length, 160)]}");
                }
            }
        });

        Assert.True(requests > 1000, $"Only {requests} requests.");
        Assert.Contains("pageSize", api["/api/v1/arrangements"]);
        Assert.Contains("/beheer/import", behindSignIn);
        Assert.True(failures.IsEmpty, $"{failures.Count} of {requests} requests failed:\n" + string.Join('\n', failures.Order().Take(60)));
    }

    /// <summary>The app's GET routes: pages, API, downloads, maps; not its static files.</summary>
    private static List<string> GetRoutes(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains(HttpMethods.Get))
            .Select(e => e.RoutePattern)
            .Where(p => p.Parameters.Count > 0 || !IsFile(p))
            .Select(p => p.RawText ?? "")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>A static file: one literal path with an extension, e.g. <c>_content/MudBlazor/MudBlazor.min.k4r0it8844.css</c>.</summary>
    private static bool IsFile(RoutePattern pattern) =>
        pattern.PathSegments.Count > 0 && pattern.PathSegments[^1].Parts is [RoutePatternLiteralPart { Content: var last }]
        && last.Contains('.', StringComparison.Ordinal);

    /// <summary>Every query name a page, shared component or endpoint of the app declares, and those read from the request.</summary>
    private static HashSet<string> QueryNames(IServiceProvider services)
    {
        var names = new HashSet<string>(ReadFromTheRequest, StringComparer.OrdinalIgnoreCase);
        foreach (var property in typeof(RegisterDbContext).Assembly.GetTypes().SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)))
        {
            if (property.GetCustomAttribute<SupplyParameterFromQueryAttribute>() is { } query)
            {
                names.Add(query.Name ?? property.Name);
            }
        }

        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            names.UnionWith(DeclaredNames(endpoint));
        }

        return names;
    }

    /// <summary>The query names an endpoint's handler declares as parameters of simple types, besides its route values.</summary>
    private static IEnumerable<string> DeclaredNames(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<MethodInfo>() is not { } method ? [] : method.GetParameters()
            .Where(p => (Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType) is var type
                && (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(DateOnly) || type == typeof(decimal))
                && endpoint.RoutePattern.GetParameter(p.Name!) is null)
            .Select(p => p.Name!);

    /// <summary>What each API endpoint reads: the names it declares and the peildatum.</summary>
    private static Dictionary<string, HashSet<string>> ApiNames(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .GroupBy(e => e.RoutePattern.RawText!)
            .ToDictionary(g => g.Key, g => g.SelectMany(DeclaredNames).Append(Peildatum.QueryName).ToHashSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>Real values for the route parameters, so the query parameters reach the page behind them.</summary>
    private async Task<Dictionary<string, string>> RouteValuesAsync()
    {
        await using var db = Database.CreateContext();
        var arrangement = await db.Memberships.Where(m => m.Municipality != null).OrderBy(m => m.ArrangementId).Select(m => new { m.ArrangementId, m.Municipality!.Code }).FirstAsync();
        var task = await db.MunicipalTasks.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
        return new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["code"] = arrangement.Code,
            ["id"] = arrangement.ArrangementId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["taskId"] = task.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["format"] = "csv",
            ["documentName"] = "v1",
        };
    }

    private static IEnumerable<string> HostileUrls(
        RoutePattern pattern, Dictionary<string, string> values, HashSet<string> names, Dictionary<string, HashSet<string>> api)
    {
        var path = Url(pattern, values, null);
        // The API declares what it reads; pages, downloads and maps read names their shared components declare.
        var read = api.GetValueOrDefault(pattern.RawText ?? "") ?? names;
        foreach (var value in HostileValues)
        {
            yield return path + "?" + string.Join('&', read.Select(name => Uri.EscapeDataString(name) + "=" + Uri.EscapeDataString(value)));
            foreach (var parameter in pattern.Parameters)
            {
                if (value.Length > 0 && !value.Contains('/', StringComparison.Ordinal))
                {
                    yield return Url(pattern, values, (parameter.Name, value));
                }
            }
        }

        foreach (var value in ProbeValues)
        {
            foreach (var name in read)
            {
                yield return path + "?" + Uri.EscapeDataString(name) + "=" + Uri.EscapeDataString(value);
            }
        }
    }

    private static string Url(RoutePattern pattern, Dictionary<string, string> values, (string Name, string Value)? hostile)
    {
        var url = new StringBuilder();
        var isTask = pattern.RawText?.Contains("/taken", StringComparison.Ordinal) == true || pattern.RawText?.Contains("/tasks", StringComparison.Ordinal) == true;
        foreach (var segment in pattern.PathSegments)
        {
            url.Append('/');
            foreach (var part in segment.Parts)
            {
                url.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter when hostile?.Name == parameter.Name => Uri.EscapeDataString(hostile.Value.Value),
                    RoutePatternParameterPart { Name: var name } when isTask && name.Equals("id", StringComparison.OrdinalIgnoreCase) => values["taskId"],
                    RoutePatternParameterPart { Name: var name } => values.GetValueOrDefault(name, "x"),
                    _ => "",
                });
            }
        }

        return url.Length == 0 ? "/" : url.ToString();
    }
}
