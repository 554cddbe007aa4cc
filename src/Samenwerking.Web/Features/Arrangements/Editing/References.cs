using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Arrangements.Editing;

/// <summary>The municipalities, organisations, tasks and policy areas a form names, looked up; unknown ones are errors.</summary>
internal sealed class References
{
    public Dictionary<string, Municipality> Municipalities { get; private init; } = [];

    public Dictionary<int, Organisation> Organisations { get; private init; } = [];

    public Dictionary<int, MunicipalTask> Tasks { get; private init; } = [];

    public List<PolicyArea> PolicyAreas { get; private init; } = [];

    public Dictionary<string, string[]> Errors { get; } = [];

    public static async Task<References> LoadAsync(RegisterDbContext db, ArrangementForm form, CancellationToken cancellationToken)
    {
        var codes = form.Memberships.Select(m => m.MunicipalityCode).Append(form.CentralMunicipalityCode)
            .Concat(form.Placements.Select(p => p.MunicipalityCode)).OfType<string>().Distinct().ToList();
        var organisationIds = form.Memberships.Select(m => m.OrganisationId).OfType<int>().Distinct().ToList();
        var taskIds = form.Placements.Select(p => p.TaskId).OfType<int>().Distinct().ToList();
        var references = new References
        {
            Municipalities = await db.Municipalities.Where(m => codes.Contains(m.Code)).ToDictionaryAsync(m => m.Code, cancellationToken),
            Organisations = await db.Organisations.Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken),
            Tasks = await db.MunicipalTasks.Where(t => taskIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken),
            PolicyAreas = await db.PolicyAreas.Where(p => form.PolicyAreaCodes.Contains(p.Code)).ToListAsync(cancellationToken),
        };

        for (var i = 0; i < form.Memberships.Count; i++)
        {
            var membership = form.Memberships[i];
            if (membership.MunicipalityCode is { } code && !references.Municipalities.ContainsKey(code))
            {
                references.Errors[$"Memberships[{i}].MunicipalityCode"] = [$"Onbekende gemeentecode {code}."];
            }

            if (membership.OrganisationId is { } id && !references.Organisations.ContainsKey(id))
            {
                references.Errors[$"Memberships[{i}].OrganisationId"] = ["Deze organisatie bestaat niet (meer)."];
            }
        }

        for (var i = 0; i < form.Placements.Count; i++)
        {
            if (form.Placements[i].TaskId is { } id && !references.Tasks.ContainsKey(id))
            {
                references.Errors[$"Placements[{i}].TaskId"] = ["Deze taak staat niet in de takencatalogus."];
            }
        }

        if (form.CentralMunicipalityCode is { } central && !references.Municipalities.ContainsKey(central))
        {
            references.Errors[nameof(ArrangementForm.CentralMunicipalityCode)] = [$"Onbekende gemeentecode {central}."];
        }

        if (references.PolicyAreas.Count != form.PolicyAreaCodes.Distinct().Count())
        {
            references.Errors[nameof(ArrangementForm.PolicyAreaCodes)] = ["Onbekend beleidsterrein."];
        }

        return references;
    }
}
