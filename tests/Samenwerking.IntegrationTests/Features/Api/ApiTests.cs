using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Testing;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Import.Roo;
using Samenwerking.Web.Features.Search;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.IntegrationTests.Features.Api;

/// <summary>The open-data API's contract: fields, filters, paging, ETags and problem details.</summary>
public sealed class ApiTests(RegisterDatabase database) : RegisterTest(database)
{
    private async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> GetAsync(string url)
    {
        using var client = Database.App.CreateClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(), response);
    }

    private async Task<JsonElement> ArrangementAsync(string nationalRegisterId, string query = "")
    {
        await using var db = Database.CreateContext();
        var id = await db.Arrangements.Where(a => a.NationalRegisterId == nationalRegisterId).Select(a => a.Id).SingleAsync();
        var (status, body, _) = await GetAsync($"/api/v1/arrangements/{id}{query}");
        Assert.Equal(HttpStatusCode.OK, status);
        return body;
    }

    /// <summary>The element at the path of property names, or null where one is missing.</summary>
    private static JsonElement? At(JsonElement element, params string[] names)
    {
        foreach (var name in names)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element;
    }

    /// <summary>A schema with its reference to the document's components followed.</summary>
    private static JsonElement Resolve(JsonElement document, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1])
            : schema;

    private static JsonElement Component(JsonElement document, string name) =>
        document.GetProperty("components").GetProperty("schemas").GetProperty(name);

    private static List<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();

    private static List<string> Sorted(params string[] names) => names.Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Lists_the_municipalities_with_stable_english_field_names()
    {
        var (status, body, _) = await GetAsync("/api/v1/municipalities");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(342, body.GetArrayLength());
        var utrecht = body.EnumerateArray().Single(m => m.GetProperty("code").GetString() == "GM0344");
        Assert.Equal("Utrecht", utrecht.GetProperty("name").GetString());
        Assert.Equal(2, utrecht.GetProperty("arrangementCount").GetInt32());
    }

    [Fact]
    public async Task Gives_one_municipality_and_its_arrangements_on_a_date()
    {
        var (status, municipality, _) = await GetAsync("/api/v1/municipalities/GM0344");
        var (_, arrangements, _) = await GetAsync("/api/v1/municipalities/GM0344/arrangements?peildatum=2026-01-01");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Utrecht", municipality.GetProperty("province").GetString());
        var region = arrangements.EnumerateArray().Single(a => a.GetProperty("name").GetString() == "Veiligheidsregio Utrecht");
        Assert.Equal("Tactisch", region.GetProperty("goalLevel").GetString());
        Assert.Equal("OpenbaarLichaam", region.GetProperty("legalForm").GetString());
        Assert.Equal(["Brandweerzorg", "Crisisbeheersing en rampenbestrijding"], region.GetProperty("tasks").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task Filters_and_pages_the_arrangements()
    {
        var (_, first, _) = await GetAsync("/api/v1/arrangements?pageSize=10");
        var (_, last, _) = await GetAsync("/api/v1/arrangements?pageSize=10&page=4");
        var (_, stichtingen, _) = await GetAsync("/api/v1/arrangements?legalForm=stichting");
        var (_, zeist, _) = await GetAsync("/api/v1/arrangements?municipality=GM0355&goalLevel=Strategisch");

        Assert.Equal(38, first.GetProperty("totalCount").GetInt32());
        Assert.Equal(10, first.GetProperty("items").GetArrayLength());
        Assert.Equal(8, last.GetProperty("items").GetArrayLength());
        Assert.Equal(1, stichtingen.GetProperty("totalCount").GetInt32());
        Assert.Equal("Voorbeeld: Regio Utrecht Oost", zeist.GetProperty("items")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Gives_an_arrangement_with_participants_and_placements_with_ISO_dates()
    {
        await using var db = Database.CreateContext();
        var id = await db.Arrangements.Where(a => a.Name == "Voorbeeld: Regio Utrecht Oost").Select(a => a.Id).SingleAsync();

        var (status, body, _) = await GetAsync($"/api/v1/arrangements/{id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("2019-01-01", body.GetProperty("startDate").GetString());
        Assert.Equal(6, body.GetProperty("participants").GetArrayLength());
        Assert.Equal("2019-01-01", body.GetProperty("participants")[0].GetProperty("joinDate").GetString());
        Assert.Equal(10, body.GetProperty("placements").GetArrayLength());
    }

    [Fact]
    public async Task Gives_the_connected_parties_congruence_and_search_of_the_overviews()
    {
        var (status, parties, _) = await GetAsync("/api/v1/municipalities/GM0344/connected-parties?peildatum=2026-06-30");
        var (_, congruence, _) = await GetAsync("/api/v1/municipalities/GM0344/congruence");
        var (_, search, _) = await GetAsync("/api/v1/search?q=veiligheidsregio+utrecht");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2026, parties.GetProperty("year").GetInt32());
        var group = parties.GetProperty("groups").EnumerateArray().Single();
        Assert.Equal("GemeenschappelijkeRegelingen", group.GetProperty("group").GetString());
        Assert.Contains(group.GetProperty("parties").EnumerateArray(), p => p.GetProperty("name").GetString() == "Veiligheidsregio Utrecht");
        Assert.Equal(25, congruence.GetProperty("partners").GetArrayLength());
        Assert.Contains(congruence.GetProperty("fields").EnumerateArray(), f => f.GetProperty("title").GetString() == "Sociaal domein: jeugd");
        Assert.Contains(search.GetProperty("hits").EnumerateArray(), h => h.GetProperty("kind").GetString() == "Samenwerkingsverband"
            && h.GetProperty("title").GetString() == "Veiligheidsregio Utrecht");
    }

    [Theory]
    [InlineData("/api/v1/municipalities/GM9999", 404)]
    [InlineData("/api/v1/arrangements/2147483647", 404)]
    [InlineData("/api/v1/arrangements/1?peildatum=morgen", 400)]
    [InlineData("/api/v1/tasks/0/placements", 404)]
    [InlineData("/api/v1/tasks/BESTAAT-NIET/placements", 404)]
    [InlineData("/api/v1/tasks/PG/placements?peildatum=morgen", 400)]
    [InlineData("/api/v1/tasks/PG/placements?page=0", 400)]
    [InlineData("/api/v1/tasks/PG/placements?pageSize=101", 400)]
    [InlineData("/api/v1/municipalities/GM9999/tasks", 404)]
    [InlineData("/api/v1/municipalities/onzin/tasks", 404)]
    [InlineData("/api/v1/municipalities/GM0355/tasks?peildatum=2026-13-01", 400)]
    [InlineData("/api/v1/bestaat-niet", 404)]
    [InlineData("/api/v1/municipalities/GM0344/arrangements?peildatum=31-12-2025", 400)]
    [InlineData("/api/v1/arrangements?legalForm=kerkgenootschap", 400)]
    [InlineData("/api/v1/arrangements?goalLevel=2", 400)]
    [InlineData("/api/v1/arrangements?page=0", 400)]
    [InlineData("/api/v1/arrangements?pageSize=1000", 400)]
    [InlineData("/api/v1/municipalities/GM9999/connected-parties", 404)]
    [InlineData("/api/v1/municipalities/GM9999/congruence", 404)]
    [InlineData("/api/v1/municipalities/GM0344/congruence?peildatum=gisteren", 400)]
    [InlineData("/api/v1/search", 400)]
    public async Task Answers_errors_with_problem_details_and_no_stack_trace(string url, int status)
    {
        var (actual, body, response) = await GetAsync(url);

        Assert.Equal(status, (int)actual);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(status, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("detail").GetString()));
        Assert.DoesNotContain("   at ", body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_304_when_the_client_has_the_current_version()
    {
        using var client = Database.App.CreateClient();
        var first = await client.GetAsync(new Uri("/api/v1/municipalities/GM0344", UriKind.Relative));
        var etag = first.Headers.ETag!;

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/municipalities/GM0344", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        using var changed = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/municipalities/GM0355", UriKind.Relative));
        changed.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(changed)).StatusCode);
    }

    [Fact]
    public async Task Describes_itself_with_OpenAPI_and_a_page_to_browse_it()
    {
        var (status, document, _) = await GetAsync("/openapi/v1.json");
        using var client = Database.App.CreateClient();
        var page = await client.GetAsync(new Uri("/api/index.html", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, status);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/municipalities/{code}/arrangements", paths);
        Assert.Contains("/api/v1/tasks", paths);
        Assert.Contains("/api/v1/tasks/{code}/placements", paths);
        Assert.Contains("/api/v1/municipalities/{code}/tasks", paths);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Describes_the_JSON_of_every_answer_in_the_OpenAPI_document()
    {
        var (_, document, _) = await GetAsync("/openapi/v1.json");

        var operations = document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/v1/", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(11, operations.Count);
        foreach (var path in operations)
        {
            var schema = At(path.Value, "get", "responses", "200", "content", "application/json", "schema");
            Assert.True(schema is not null, $"{path.Name} beschrijft zijn antwoord niet.");
            var described = Resolve(document, schema.Value.TryGetProperty("items", out var items) ? items : schema.Value);
            Assert.True(At(described, "properties")?.EnumerateObject().Any(), $"{path.Name} beschrijft geen velden.");
        }
    }

    [Fact]
    public async Task Describes_every_enum_by_the_names_the_JSON_carries()
    {
        var (_, document, _) = await GetAsync("/openapi/v1.json");
        var expected = new Dictionary<string, string[]>
        {
            ["ApiBbvGroup"] = Enum.GetNames<BbvGroup>(),
            ["ApiGoalLevel"] = Enum.GetNames<GoalLevel>(),
            ["ApiGoverningBody"] = Enum.GetNames<GoverningBody>(),
            ["ApiLegalForm"] = Enum.GetNames<LegalForm>(),
            ["ApiLinkKind"] = Enum.GetNames<LinkKind>(),
            ["ApiPowerAcquisition"] = Enum.GetNames<PowerAcquisition>(),
            ["ApiAdministrativeInterest"] = Enum.GetNames<AdministrativeInterest>(),
            ["ApiFinancialInterest"] = Enum.GetNames<FinancialInterest>(),
            ["ApiRegelingKind"] = Enum.GetNames<RegelingKind>(),
            ["ApiSearchKind"] = Enum.GetNames<SearchKind>(),
            ["ApiPlacementStatus"] = Enum.GetNames<Web.Features.Tasks.PlacementStatus>(),
        };

        var enums = document.GetProperty("components").GetProperty("schemas").EnumerateObject()
            .Where(s => s.Value.TryGetProperty("enum", out _))
            .ToDictionary(s => s.Name, s => s.Value.GetProperty("enum").EnumerateArray().ToList());
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), enums.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, values) in enums)
        {
            // The register's values by name: a register value renamed without its contract value fails here.
            Assert.Equal(expected[name], values.Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()));
            // Only regelingKind is always nullable; an enum used where null is wrong must not offer it (dotnet/aspnetcore#60986).
            if (name != "ApiRegelingKind")
            {
                Assert.DoesNotContain(values, v => v.ValueKind == JsonValueKind.Null);
            }
        }
    }

    [Fact]
    public async Task Keeps_the_field_names_of_an_arrangement_so_no_rename_changes_the_contract_unnoticed()
    {
        await using var db = Database.CreateContext();
        var id = await db.Arrangements.Where(a => a.Name == "Voorbeeld: Regio Utrecht Oost").Select(a => a.Id).SingleAsync();
        var (_, document, _) = await GetAsync("/openapi/v1.json");

        var (_, body, _) = await GetAsync($"/api/v1/arrangements/{id}");

        var fields = Sorted(
            "id", "name", "shortName", "goalLevel", "goalLevelIsSuggestion", "goalLevelReason", "legalForm", "regelingKind",
            "bbvGroup", "purpose", "publicInterest", "seat", "address", "centralMunicipalityCode", "centralMunicipalityName",
            "startDate", "endDate", "nationalRegisterId", "isExample", "policyAreas", "links", "powerAcquisitions", "powers",
            "participants", "placements", "versions", "versionInForce", "referenceDate");
        Assert.Equal(fields, Names(body));
        Assert.Equal(fields, Names(Component(document, "ApiArrangement").GetProperty("properties")));
        var participant = Sorted(
            "municipalityCode", "name", "joinDate", "leaveDate", "costSharePercentage", "governingBodies", "namedAs", "municipality");
        Assert.All(body.GetProperty("participants").EnumerateArray(), p => Assert.Equal(participant, Names(p)));
        Assert.Equal(participant, Names(Component(document, "ApiParticipant").GetProperty("properties")));
        Assert.Equal(Sorted("task", "taskId", "municipalityCode", "municipalityName", "startDate", "endDate"),
            Names(body.GetProperty("placements")[0]));
        Assert.Equal(Sorted("code", "name", "validTo", "successorCode", "successorName"),
            Names(Component(document, "ApiFormerMunicipality").GetProperty("properties")));
        Assert.Equal(Sorted("nationalRegisterId", "title", "startDate", "endDate", "publicationUrl"),
            Names(Component(document, "ApiVersion").GetProperty("properties")));
        Assert.Equal(Sorted("description", "acquisition", "legalBasis"), Names(Component(document, "ApiPower").GetProperty("properties")));
        Assert.Equal(Sorted("title", "url", "kind"), Names(Component(document, "ApiLink").GetProperty("properties")));
    }

    [Fact]
    public async Task Gives_an_imported_regeling_with_its_bodies_kind_seat_address_versions_and_powers()
    {
        await using (var file = File.OpenRead(SharedData.PathOf("roo/national-half-exportOO.xml")))
        {
            await Database.GetService<RooImporter>().ImportAsync(file, Operator.Principal, CancellationToken.None);
        }

        var middenHolland = await ArrangementAsync("30512991");
        Assert.Equal("GemengdeRegeling", middenHolland.GetProperty("regelingKind").GetString());
        Assert.Contains(middenHolland.GetProperty("participants").EnumerateArray(), p =>
            p.GetProperty("governingBodies").EnumerateArray().Select(b => b.GetString()).SequenceEqual(["Raad", "College", "Burgemeester"]));
        Assert.Equal("Gouda", middenHolland.GetProperty("seat").GetString());
        Assert.EndsWith("Gouda", middenHolland.GetProperty("address").GetString(), StringComparison.Ordinal);
        Assert.Equal(["Mandaat"], middenHolland.GetProperty("powerAcquisitions").EnumerateArray().Select(a => a.GetString()));
        // The import suggested the goal level and says why.
        Assert.True(middenHolland.GetProperty("goalLevelIsSuggestion").GetBoolean());
        Assert.False(string.IsNullOrWhiteSpace(middenHolland.GetProperty("goalLevelReason").GetString()));

        var betho = await ArrangementAsync("24961576");
        Assert.Equal(["Delegatie", "Mandaat"], betho.GetProperty("powerAcquisitions").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("Collegeregeling", betho.GetProperty("regelingKind").GetString());

        // Drenthe is a seeded region, linked: its goal level was never a suggestion.
        var drenthe = await ArrangementAsync("29786190");
        var drentheIn2023 = await ArrangementAsync("29786190", "?peildatum=2023-01-01");
        Assert.False(drenthe.GetProperty("goalLevelIsSuggestion").GetBoolean());
        Assert.Equal(JsonValueKind.Null, drenthe.GetProperty("goalLevelReason").ValueKind);
        Assert.Equal(["29470800", "29786190"], drenthe.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("nationalRegisterId").GetString()));
        Assert.All(drenthe.GetProperty("versions").EnumerateArray(), v =>
            Assert.StartsWith("https://", v.GetProperty("publicationUrl").GetString(), StringComparison.Ordinal));
        Assert.Equal("29786190", drenthe.GetProperty("versionInForce").GetProperty("nationalRegisterId").GetString());
        Assert.Equal("29470800", drentheIn2023.GetProperty("versionInForce").GetProperty("nationalRegisterId").GetString());
        Assert.Equal("2023-01-01", drentheIn2023.GetProperty("referenceDate").GetString());
    }
}
