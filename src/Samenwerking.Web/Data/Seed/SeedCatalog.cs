using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Data.Seed;

/// <summary>The reference data being seeded, looked up by code or name while building arrangements.</summary>
internal sealed class SeedCatalog(
    IReadOnlyDictionary<string, Municipality> municipalities,
    IReadOnlyDictionary<string, MunicipalTask> tasks,
    IReadOnlyDictionary<string, PolicyArea> policyAreas,
    IReadOnlyDictionary<string, Organisation> provinces)
{
    public Municipality Municipality(string code) => municipalities[code];

    public MunicipalTask Task(string name) => tasks[name];

    public PolicyArea PolicyArea(string code) => policyAreas[code];

    /// <summary>The organisation of a province, by its CBS code (PV26).</summary>
    public Organisation Province(string code) => provinces[code];
}
