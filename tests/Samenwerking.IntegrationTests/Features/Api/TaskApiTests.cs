using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Testing;
using Samenwerking.Web.Domain;

namespace Samenwerking.IntegrationTests.Features.Api;

/// <summary>The API's task catalog, a task's placements and a municipality's tasks (issue 12).</summary>
public sealed class TaskApiTests(RegisterDatabase database) : RegisterTest(database)
{
    private async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> GetAsync(string url)
    {
        using var client = Database.App.CreateClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(), response);
    }

    /// <summary>Zeist and Bunnik placed youth care purchasing in one arrangement; the import only suggested it for Bunnik.</summary>
    private async Task ArrangeYouthCareAsync()
    {
        await Database.AddArrangementAsync("Jeugdhulp Zuidoost Utrecht Test", ["GM0355", "GM0312"], LegalForm.Centrumregeling, tasks: ["Inkoop jeugdhulp"]);
        await using var db = Database.CreateContext();
        var bunnik = await db.TaskPlacements.SingleAsync(p => p.Arrangement!.Name == "Jeugdhulp Zuidoost Utrecht Test" && p.Municipality!.Code == "GM0312");
        bunnik.IsSuggestion = true;
        bunnik.SuggestionReason = "wettelijke grondslag: Jeugdwet";
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Lists_the_catalog_with_code_taakveld_and_legal_basis()
    {
        var (status, body, response) = await GetAsync("/api/v1/tasks");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(response.Headers.ETag);
        var tasks = body.EnumerateArray().ToList();
        await using var db = Database.CreateContext();
        Assert.Equal(await db.MunicipalTasks.CountAsync(), tasks.Count);
        var health = Assert.Single(tasks, t => t.GetProperty("code").GetString() == "PG");
        Assert.Equal("Publieke gezondheidszorg", health.GetProperty("name").GetString());
        Assert.Equal("7.1", health.GetProperty("taakveld").GetString());
        Assert.Equal("7", health.GetProperty("policyAreaCode").GetString());
        Assert.StartsWith("Wet publieke gezondheid", health.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_the_placements_of_a_task_by_its_code()
    {
        var (status, first, _) = await GetAsync("/api/v1/tasks/brandweer/placements?pageSize=100");
        var (_, last, _) = await GetAsync("/api/v1/tasks/BRANDWEER/placements?pageSize=100&page=4");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("BRANDWEER", first.GetProperty("task").GetProperty("code").GetString());
        Assert.Equal(342, first.GetProperty("totalCount").GetInt32());
        Assert.Equal(100, first.GetProperty("items").GetArrayLength());
        Assert.Equal(42, last.GetProperty("items").GetArrayLength());
        Assert.Equal(0, first.GetProperty("nothingRegistered").GetArrayLength());
        var placement = first.GetProperty("items")[0];
        Assert.StartsWith("GM", placement.GetProperty("municipality").GetProperty("code").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Veiligheidsregio ", placement.GetProperty("arrangementName").GetString(), StringComparison.Ordinal);
        Assert.False(placement.GetProperty("isSuggestion").GetBoolean());
        Assert.Equal(JsonValueKind.Null, placement.GetProperty("suggestionReason").ValueKind);
    }

    [Fact]
    public async Task Gives_a_suggested_placement_with_its_reason_and_who_has_nothing()
    {
        await ArrangeYouthCareAsync();

        var (status, body, _) = await GetAsync("/api/v1/tasks/JEUGDHULP/placements?pageSize=100");

        Assert.Equal(HttpStatusCode.OK, status);
        var items = body.GetProperty("items").EnumerateArray().ToList();
        var bunnik = Assert.Single(items, i => i.GetProperty("municipality").GetProperty("code").GetString() == "GM0312");
        Assert.True(bunnik.GetProperty("isSuggestion").GetBoolean());
        Assert.Equal("wettelijke grondslag: Jeugdwet", bunnik.GetProperty("suggestionReason").GetString());
        var zeist = Assert.Single(items, i => i.GetProperty("municipality").GetProperty("code").GetString() == "GM0355");
        Assert.Equal("Jeugdhulp Zuidoost Utrecht Test", zeist.GetProperty("arrangementName").GetString());
        Assert.False(zeist.GetProperty("isSuggestion").GetBoolean());
        var nothing = body.GetProperty("nothingRegistered").EnumerateArray().Select(m => m.GetProperty("code").GetString()).ToList();
        Assert.DoesNotContain("GM0355", nothing);
        Assert.Contains("GM0344", nothing);
        Assert.Equal(342, nothing.Count + items.Select(i => i.GetProperty("municipality").GetProperty("code").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task Gives_a_municipalitys_tasks_placed_kept_and_unknown_with_partners()
    {
        await ArrangeYouthCareAsync();
        await using (var db = Database.CreateContext())
        {
            db.TaskPlacements.Add(new TaskPlacement
            {
                MunicipalityId = await db.Municipalities.Where(m => m.Code == "GM0355").Select(m => m.Id).SingleAsync(),
                MunicipalTaskId = await db.MunicipalTasks.Where(t => t.Code == "LEERPLICHT").Select(t => t.Id).SingleAsync(),
            });
            await db.SaveChangesAsync();
        }

        var (status, body, _) = await GetAsync("/api/v1/municipalities/gm0355/tasks");

        Assert.Equal(HttpStatusCode.OK, status);
        var rows = body.EnumerateArray().ToDictionary(r => r.GetProperty("task").GetProperty("code").GetString()!);
        await using var check = Database.CreateContext();
        Assert.Equal(await check.MunicipalTasks.CountAsync(), rows.Count);

        var youth = rows["JEUGDHULP"];
        Assert.Equal("InArrangement", youth.GetProperty("status").GetString());
        var placement = Assert.Single(youth.GetProperty("placements").EnumerateArray());
        Assert.Equal("Jeugdhulp Zuidoost Utrecht Test", placement.GetProperty("arrangementName").GetString());
        Assert.Equal(["Bunnik"], placement.GetProperty("partners").EnumerateArray().Select(p => p.GetProperty("name").GetString()));

        var fire = Assert.Single(rows["BRANDWEER"].GetProperty("placements").EnumerateArray());
        Assert.Equal("Veiligheidsregio Utrecht", fire.GetProperty("arrangementName").GetString());
        Assert.Equal(25, fire.GetProperty("partners").GetArrayLength());

        Assert.Equal("KeptThemselves", rows["LEERPLICHT"].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, rows["LEERPLICHT"].GetProperty("placements")[0].GetProperty("arrangementId").ValueKind);
        Assert.Equal("NothingRegistered", rows["AFVAL"].GetProperty("status").GetString());
        Assert.Equal(0, rows["AFVAL"].GetProperty("placements").GetArrayLength());

        var (_, bunnik, _) = await GetAsync("/api/v1/municipalities/GM0312/tasks");
        var suggested = bunnik.EnumerateArray().Single(r => r.GetProperty("task").GetProperty("code").GetString() == "JEUGDHULP").GetProperty("placements")[0];
        Assert.True(suggested.GetProperty("isSuggestion").GetBoolean());
        Assert.Equal("wettelijke grondslag: Jeugdwet", suggested.GetProperty("suggestionReason").GetString());
    }

    [Fact]
    public async Task Keeps_the_field_names_of_the_task_contract()
    {
        var (_, catalog, _) = await GetAsync("/api/v1/tasks");
        var (_, placements, _) = await GetAsync("/api/v1/tasks/BRANDWEER/placements?pageSize=1");
        var (_, matrix, _) = await GetAsync("/api/v1/municipalities/GM0355/tasks");

        static List<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        static List<string> Sorted(params string[] names) => names.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Sorted("code", "id", "name", "taakveld", "policyAreaCode", "policyArea", "description", "legalBasis"), Names(catalog[0]));
        Assert.Equal(Sorted("task", "items", "totalCount", "page", "pageSize", "nothingRegistered"), Names(placements));
        Assert.Equal(Sorted("municipality", "arrangementId", "arrangementName", "isSuggestion", "suggestionReason", "startDate", "endDate"),
            Names(placements.GetProperty("items")[0]));
        Assert.Equal(Sorted("task", "status", "placements"), Names(matrix[0]));
    }
}
