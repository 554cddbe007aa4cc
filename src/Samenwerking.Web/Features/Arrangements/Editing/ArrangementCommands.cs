using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Components.Shared;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.Web.Features.Arrangements.Editing;

/// <summary>
/// Registers and changes arrangements. Every save is made by a redacteur or beheerder as the database knows them now
/// (<see cref="AccessCheck"/>), checked against the rules, refused when someone else saved in between, recorded in the
/// change history, and done in one transaction.
/// </summary>
public sealed class ArrangementCommands(
    IDbContextFactory<RegisterDbContext> contextFactory, AccessCheck access, IValidator<ArrangementForm> validator, TimeProvider clock)
{
    public async Task<EditOptions> OptionsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var options = await db.Municipalities.Select(m => new { Kind = 0, Code = m.Code, m.Name })
            .Concat(db.Organisations.Select(o => new { Kind = 1, Code = o.Id.ToString(), o.Name }))
            .Concat(db.MunicipalTasks.Select(t => new { Kind = 2, Code = t.Id.ToString(), t.Name }))
            .Concat(db.PolicyAreas.Select(p => new { Kind = 3, p.Code, p.Name }))
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        List<FilterOption> Of(int kind) => options.Where(o => o.Kind == kind)
            .Select(o => new FilterOption(o.Code, o.Name)).OrderBy(o => kind == 3 ? o.Code : o.Name, StringComparer.Ordinal).ToList();

        return new EditOptions(Of(0), Of(1), Of(2), Of(3));
    }

    /// <summary>The form for an existing arrangement, with the version it starts from; null when the id is unknown.</summary>
    public async Task<ArrangementForm?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // One query per collection: a single one joins every collection with every other (rows multiply).
        var arrangement = await Full(db).AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return arrangement is null ? null : ArrangementFormMapping.ToForm(arrangement);
    }

    public async Task<SaveResult> SaveAsync(ArrangementForm form, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        // The role is asked of the database too: while it cannot be reached, the answer is that it is unavailable.
        try
        {
            if (!await access.MayEditAsync(user, cancellationToken))
            {
                return SaveResult.Forbidden;
            }

            ArrangementFormMapping.EndOpenPeriods(form);
            var validation = await validator.ValidateAsync(form, cancellationToken);
            if (!validation.IsValid)
            {
                return SaveResult.Invalid(validation.ToDictionary().AsReadOnly());
            }

            return await contextFactory.RetryingAsync(() => SaveOnceAsync(form, user, cancellationToken), cancellationToken);
        }
        catch (Exception exception) when (DatabaseRetries.IsUnavailable(exception))
        {
            return SaveResult.Unavailable;
        }
    }

    /// <summary>One attempt, from reading the arrangement to the commit: a transient failure runs it all again.</summary>
    private async Task<SaveResult> SaveOnceAsync(ArrangementForm form, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var references = await References.LoadAsync(db, form, cancellationToken);
        if (references.Errors.Count > 0)
        {
            return SaveResult.Invalid(references.Errors);
        }

        Arrangement arrangement;
        if (form.Id is { } id)
        {
            var existing = await Full(db).AsSplitQuery().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (existing is null)
            {
                return SaveResult.NotFound;
            }

            // Stale before anything is compared: a part somebody else added since (a year, a contribution from an Excel upload)
            // would otherwise look like a part this form removes.
            if (existing.Version != form.Version)
            {
                return SaveResult.Conflict;
            }

            arrangement = existing;
            db.Entry(arrangement).Property(a => a.Version).OriginalValue = form.Version;
        }
        else
        {
            arrangement = new Arrangement { Name = "" };
            db.Arrangements.Add(arrangement);
        }

        var policyAreasBefore = string.Join(", ", arrangement.PolicyAreas.Select(p => p.Code).Order(StringComparer.Ordinal));
        // A suggestion the editor removed is rejected, as in the review queue (decision 0021).
        db.TaskPlacements.RemoveRange(ArrangementFormMapping.RejectDroppedSuggestions(form, arrangement, Peildatum.Today(clock)));
        var removalError = ArrangementFormMapping.Apply(form, arrangement, references);
        if (removalError is not null)
        {
            return SaveResult.Invalid(removalError);
        }

        var userName = user.Identity?.Name ?? "onbekend";
        var now = clock.GetUtcNow();
        arrangement.UpdatedAt = now;
        arrangement.UpdatedBy = userName;
        var policyAreasAfter = string.Join(", ", arrangement.PolicyAreas.Select(p => p.Code).Order(StringComparer.Ordinal));
        FieldChange[] policyAreaChange = policyAreasBefore == policyAreasAfter ? [] : [new FieldChange("PolicyAreas", policyAreasBefore, policyAreasAfter)];

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var log = ChangeLog.Capture(db, policyAreaChange);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeRecords.AddRange(log.Records(userName, now, arrangement.Id));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return SaveResult.Saved(arrangement.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveResult.Conflict;
        }
        catch (DbUpdateException exception) when (ConstraintMessages.For(exception) is { } message)
        {
            return SaveResult.Invalid(message);
        }
    }

    private static IQueryable<Arrangement> Full(RegisterDbContext db) => db.Arrangements
        .Include(a => a.CentralMunicipality)
        .Include(a => a.PolicyAreas)
        .Include(a => a.Links)
        .Include(a => a.Powers)
        .Include(a => a.Memberships).ThenInclude(m => m.Municipality)
        .Include(a => a.Memberships).ThenInclude(m => m.Organisation)
        .Include(a => a.Memberships).ThenInclude(m => m.Representatives)
        .Include(a => a.Memberships).ThenInclude(m => m.Contributions)
        .Include(a => a.TaskPlacements).ThenInclude(p => p.Municipality)
        .Include(a => a.FinancialYears)
        .Include(a => a.Risks)
        .Include(a => a.Evaluations);
}
