using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Import.Roo;

/// <summary>The reference data an import resolves participants and policy areas against; new organisations join it.</summary>
internal sealed class ImportLookups
{
    private readonly RegisterDbContext db;
    private readonly Dictionary<string, Municipality> municipalities;
    private readonly Dictionary<string, Organisation> byIdentifier;
    private readonly Dictionary<string, Organisation> byName;

    private ImportLookups(
        RegisterDbContext db, List<Municipality> municipalities, List<Organisation> organisations, List<PolicyArea> policyAreas, List<MunicipalTask> tasks)
    {
        Tasks = tasks.Where(t => t.Code is not null).ToDictionary(t => t.Code!);
        this.db = db;
        this.municipalities = municipalities.ToDictionary(m => m.Code);
        byIdentifier = organisations.Where(o => o.Identifier is not null).ToDictionary(o => o.Identifier!);
        byName = organisations.Where(o => o.Identifier is null).GroupBy(o => o.Name).ToDictionary(g => g.Key, g => g.First());
        PolicyAreas = policyAreas.ToDictionary(p => p.Code);
    }

    public Dictionary<string, PolicyArea> PolicyAreas { get; }

    /// <summary>The catalog tasks by their code, for the suggested placements.</summary>
    public Dictionary<string, MunicipalTask> Tasks { get; }

    public static async Task<ImportLookups> LoadAsync(RegisterDbContext db, CancellationToken cancellationToken) => new(
        db,
        await db.Municipalities.ToListAsync(cancellationToken),
        await db.Organisations.ToListAsync(cancellationToken),
        await db.PolicyAreas.ToListAsync(cancellationToken),
        await db.MunicipalTasks.ToListAsync(cancellationToken));

    public Municipality? Municipality(string? code) => code is null ? null : municipalities.GetValueOrDefault(code);

    /// <summary>The participant as a municipality or an organisation; organisations that are new are added.</summary>
    public (Municipality? Municipality, Organisation? Organisation) Resolve(RooParticipant participant, ImportReport report, string regeling)
    {
        if (participant.TooiKind == "gemeente" && participant.TooiCode is { } code)
        {
            if (municipalities.TryGetValue(code, out var municipality))
            {
                return (municipality, null);
            }

            report.FormerMunicipalities.Add($"{code} {participant.Name} (in {regeling})");
            return (null, Organisation(code, participant.Name, OrganisationKind.VoormaligeGemeente));
        }

        if (participant.TooiKind == "provincie" && participant.TooiCode is { } province)
        {
            return (null, Organisation(province, participant.Name, OrganisationKind.Provincie));
        }

        if (participant.Tooi is { } tooi)
        {
            var kind = participant.TooiKind switch
            {
                "waterschap" => OrganisationKind.Waterschap,
                "ministerie" => OrganisationKind.Ministerie,
                "so" => OrganisationKind.Samenwerkingsorgaan,
                _ => OrganisationKind.Overig,
            };
            return (null, Organisation(tooi, participant.Name, kind));
        }

        // Foreign bodies and entities that no longer exist have no identifier: known by name.
        if (!byName.TryGetValue(participant.Name, out var named))
        {
            named = new Organisation { Name = Limit(participant.Name, Domain.Organisation.NameMaxLength), Kind = OrganisationKind.Overig };
            byName[participant.Name] = named;
            db.Organisations.Add(named);
        }

        return (null, named);
    }

    private Organisation Organisation(string identifier, string name, OrganisationKind kind)
    {
        if (!byIdentifier.TryGetValue(identifier, out var organisation))
        {
            organisation = new Organisation { Name = Limit(name, Domain.Organisation.NameMaxLength), Kind = kind, Identifier = identifier };
            byIdentifier[identifier] = organisation;
            db.Organisations.Add(organisation);
        }

        return organisation;
    }

    internal static string Limit(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
