using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Suggestions;

namespace Samenwerking.Web.Features.Arrangements.Editing;

/// <summary>
/// Between the entity and the form. Saved memberships, placements and years are ended, never removed; only a placement
/// that is still a suggestion goes, and going it is rejected.
/// </summary>
internal static class ArrangementFormMapping
{
    public static ArrangementForm ToForm(Arrangement a)
    {
        var memberships = a.Memberships.OrderBy(m => m.Municipality?.Name ?? m.Organisation?.Name).ThenBy(m => m.JoinDate)
            .Select(m => (Entity: m, Form: new MembershipForm
            {
                Id = m.Id,
                MunicipalityCode = m.Municipality?.Code,
                OrganisationId = m.OrganisationId,
                DisplayName = m.Municipality?.Name ?? m.Organisation?.Name,
                JoinDate = ToDateTime(m.JoinDate),
                LeaveDate = ToDateTime(m.LeaveDate),
                CostSharePercentage = m.CostSharePercentage,
                GoverningBodies = m.GoverningBodies.ToList(),
                AdministrativeInterest = m.AdministrativeInterest,
                FinancialInterests = m.FinancialInterests.ToList(),
                InterestsSuggestionReason = m.InterestsAreSuggestion ? m.InterestsReason ?? "" : null,
                RiskClass = m.RiskClass,
                CouncilCommittee = m.CouncilCommittee,
                GeneralBoardMember = m.Representatives.FirstOrDefault(r => r.Board == Board.AlgemeenBestuur)?.Name,
                ExecutiveBoardMember = m.Representatives.FirstOrDefault(r => r.Board == Board.DagelijksBestuur)?.Name,
            }))
            .ToList();

        return new ArrangementForm
        {
            Id = a.Id,
            Version = a.Version,
            Name = a.Name,
            ShortName = a.ShortName,
            GoalLevel = a.GoalLevel,
            GoalLevelSuggestionReason = a.GoalLevelIsSuggestion ? a.GoalLevelReason ?? "" : null,
            LegalForm = a.LegalForm,
            Purpose = a.Purpose,
            PublicInterest = a.PublicInterest,
            Seat = a.Seat,
            Address = a.Address,
            CentralMunicipalityCode = a.CentralMunicipality?.Code,
            StartDate = ToDateTime(a.StartDate),
            EndDate = ToDateTime(a.EndDate),
            ZienswijzeDecisions = a.ZienswijzeDecisions,
            HasAdvisoryCommittee = a.HasAdvisoryCommittee,
            AdvisoryCommittee = a.AdvisoryCommittee,
            ResidentParticipation = a.ResidentParticipation,
            EvaluationPeriodYears = a.EvaluationPeriodYears,
            ExitNoticeMonths = a.ExitNoticeMonths,
            ExitCosts = a.ExitCosts,
            ExitRules = a.ExitRules,
            AmendmentStatus = a.AmendmentStatus,
            AmendedOn = ToDateTime(a.AmendedOn),
            PolicyAreaCodes = a.PolicyAreas.Select(p => p.Code).Order(StringComparer.Ordinal).ToList(),
            Links = a.Links.Select(l => new LinkForm { Id = l.Id, Title = l.Title, Url = l.Url, Kind = l.Kind }).ToList(),
            Powers = a.Powers.Select(p => new PowerForm { Id = p.Id, Description = p.Description, Acquisition = p.Acquisition, LegalBasis = p.LegalBasis }).ToList(),
            Memberships = memberships.Select(m => m.Form).ToList(),
            Contributions = memberships.SelectMany(m => m.Entity.Contributions.OrderBy(c => c.Year).Select(c => new ContributionForm
            {
                Id = c.Id, MembershipKey = m.Form.Key, Year = c.Year, Budgeted = c.Budgeted, Realised = c.Realised,
            })).ToList(),
            Placements = a.TaskPlacements.Where(p => p.Municipality is not null).OrderBy(p => p.Municipality!.Name)
                .Select(p => new PlacementForm
                {
                    Id = p.Id, MunicipalityCode = p.Municipality!.Code, TaskId = p.MunicipalTaskId,
                    StartDate = ToDateTime(p.StartDate), EndDate = ToDateTime(p.EndDate),
                    SuggestionReason = p.IsSuggestion ? p.SuggestionReason ?? "" : null,
                }).ToList(),
            FinancialYears = a.FinancialYears.OrderBy(f => f.Year).Select(f => new FinancialYearForm
            {
                Id = f.Id, Year = f.Year, EquityStart = f.EquityStart, EquityEnd = f.EquityEnd,
                DebtStart = f.DebtStart, DebtEnd = f.DebtEnd, Result = f.Result,
            }).ToList(),
            Risks = a.Risks.Select(r => new RiskForm { Id = r.Id, Description = r.Description, Class = r.Class, Mitigation = r.Mitigation }).ToList(),
            Evaluations = a.Evaluations.Select(e => new EvaluationForm
            {
                Id = e.Id, PerformedOn = ToDateTime(e.PerformedOn), PlannedFor = ToDateTime(e.PlannedFor), Summary = e.Summary,
            }).ToList(),
        };
    }

    /// <summary>Ending an arrangement ends the memberships and placements that were still open on that day.</summary>
    public static void EndOpenPeriods(ArrangementForm form)
    {
        if (form.EndDate is not { } end)
        {
            return;
        }

        foreach (var membership in form.Memberships.Where(m => m.LeaveDate is null || m.LeaveDate > end))
        {
            membership.LeaveDate = end;
        }

        foreach (var placement in form.Placements.Where(p => p.EndDate is null || p.EndDate > end))
        {
            placement.EndDate = end;
        }
    }

    /// <summary>
    /// The saved placements that are still suggestions and that the form no longer has: each is rejected as in the review
    /// queue (its participation remembers the task, so no import suggests it there again) and taken out of the
    /// arrangement; the caller deletes them. Whether a placement is a suggestion is read from the entity, not the form: one
    /// confirmed since is no suggestion, and dropping it is refused by <see cref="Apply"/>.
    /// </summary>
    public static IReadOnlyList<TaskPlacement> RejectDroppedSuggestions(ArrangementForm form, Arrangement a, DateOnly today)
    {
        var kept = form.Placements.Select(p => p.Id).OfType<int>().ToHashSet();
        var rejected = a.TaskPlacements.Where(p => p.IsSuggestion && p.Id != 0 && !kept.Contains(p.Id)).ToList();
        foreach (var placement in rejected)
        {
            TaskRejection.Record(a.Memberships, placement, today);
            a.TaskPlacements.Remove(placement);
        }

        return rejected;
    }

    /// <summary>Copies the form onto the tracked entity; returns a message when the form drops what must be kept.</summary>
    public static string? Apply(ArrangementForm form, Arrangement a, References references)
    {
        a.Name = form.Name!;
        a.ShortName = Text(form.ShortName);
        a.GoalLevel = form.GoalLevel!.Value;
        if (a.GoalLevelIsSuggestion)
        {
            // An editor who saves the form has seen the suggested goal level: it is now theirs.
            a.GoalLevelIsSuggestion = false;
            a.GoalLevelReason = null;
        }
        a.LegalForm = form.LegalForm!.Value;
        a.Purpose = Text(form.Purpose);
        a.PublicInterest = Text(form.PublicInterest);
        a.Seat = Text(form.Seat);
        a.Address = Text(form.Address);
        a.CentralMunicipality = a.LegalForm == LegalForm.Centrumregeling ? references.Municipalities[form.CentralMunicipalityCode!] : null;
        a.ZienswijzeDecisions = Text(form.ZienswijzeDecisions);
        a.HasAdvisoryCommittee = form.HasAdvisoryCommittee;
        a.AdvisoryCommittee = Text(form.AdvisoryCommittee);
        a.ResidentParticipation = Text(form.ResidentParticipation);
        a.EvaluationPeriodYears = (short?)form.EvaluationPeriodYears;
        a.ExitNoticeMonths = (short?)form.ExitNoticeMonths;
        a.ExitCosts = Text(form.ExitCosts);
        a.ExitRules = Text(form.ExitRules);
        a.AmendmentStatus = form.AmendmentStatus;
        a.AmendedOn = ToDateOnly(form.AmendedOn);
        a.StartDate = ToDateOnly(form.StartDate);
        a.EndDate = ToDateOnly(form.EndDate);
        a.PolicyAreas.RemoveAll(p => !references.PolicyAreas.Contains(p));
        a.PolicyAreas.AddRange(references.PolicyAreas.Where(p => !a.PolicyAreas.Contains(p)));

        Sync(a.Links, form.Links, l => l.Id, l => l.Id, _ => new LegalBasisLink { Title = "", Url = "" }, (f, l) =>
        {
            l.Title = f.Title!;
            l.Url = f.Url!;
            l.Kind = f.Kind;
        });
        Sync(a.Powers, form.Powers, p => p.Id, p => p.Id, _ => new TransferredPower { Description = "" }, (f, p) =>
        {
            p.Description = f.Description!;
            p.Acquisition = f.Acquisition;
            p.LegalBasis = Text(f.LegalBasis);
        });
        Sync(a.Risks, form.Risks, r => r.Id, r => r.Id, _ => new Risk { Description = "" }, (f, r) =>
        {
            r.Description = f.Description!;
            r.Class = f.Class!.Value;
            r.Mitigation = Text(f.Mitigation);
        });
        Sync(a.Evaluations, form.Evaluations, e => e.Id, e => e.Id, _ => new Evaluation(), (f, e) =>
        {
            e.PerformedOn = ToDateOnly(f.PerformedOn);
            e.PlannedFor = ToDateOnly(f.PlannedFor);
            e.Summary = Text(f.Summary);
        });

        if (Dropped(a.Memberships.Select(m => m.Id), form.Memberships.Select(m => m.Id))
            || Dropped(a.TaskPlacements.Select(p => p.Id), form.Placements.Select(p => p.Id))
            || Dropped(a.FinancialYears.Select(f => f.Id), form.FinancialYears.Select(f => f.Id))
            || Dropped(a.Memberships.SelectMany(m => m.Contributions).Select(c => c.Id), form.Contributions.Select(c => c.Id)))
        {
            return "Een opgeslagen deelname, taak, jaar of bijdrage wordt niet verwijderd maar beëindigd: vul een einddatum in.";
        }

        var byKey = new Dictionary<Guid, Membership>();
        Sync(a.Memberships, form.Memberships, m => m.Id, m => m.Id, _ => new Membership(), (f, m) =>
        {
            byKey[f.Key] = m;
            m.Municipality = f.MunicipalityCode is null ? null : references.Municipalities[f.MunicipalityCode];
            m.Organisation = f.OrganisationId is not null ? references.Organisations[f.OrganisationId.Value]
                : string.IsNullOrWhiteSpace(f.NewOrganisationName) ? null
                : new Organisation { Name = f.NewOrganisationName.Trim(), Kind = f.NewOrganisationKind };
            m.JoinDate = ToDateOnly(f.JoinDate);
            m.LeaveDate = ToDateOnly(f.LeaveDate);
            m.CostSharePercentage = f.CostSharePercentage;
            var bodies = f.GoverningBodies.Distinct().Order().ToList();
            if (!bodies.SequenceEqual(m.GoverningBodies))
            {
                m.GoverningBodies = bodies;
            }

            ApplyInterests(m, f, a.LegalForm);
            m.RiskClass = f.RiskClass;
            m.CouncilCommittee = Text(f.CouncilCommittee);
            SetRepresentative(m, Board.AlgemeenBestuur, f.GeneralBoardMember);
            SetRepresentative(m, Board.DagelijksBestuur, f.ExecutiveBoardMember);
        });
        foreach (var (key, membership) in byKey)
        {
            Sync(membership.Contributions, form.Contributions.Where(c => c.MembershipKey == key).ToList(), c => c.Id, c => c.Id,
                _ => new Contribution(), (f, c) =>
                {
                    c.Year = f.Year ?? 0;
                    c.Budgeted = f.Budgeted;
                    c.Realised = f.Realised;
                });
        }

        Sync(a.TaskPlacements, form.Placements, p => p.Id, p => p.Id, _ => new TaskPlacement(), (f, p) =>
        {
            p.Municipality = references.Municipalities[f.MunicipalityCode!];
            p.MunicipalTask = references.Tasks[f.TaskId!.Value];
            p.StartDate = ToDateOnly(f.StartDate);
            p.EndDate = ToDateOnly(f.EndDate);
        });
        Sync(a.FinancialYears, form.FinancialYears, f => f.Id, f => f.Id, _ => new FinancialYear(), (f, y) =>
        {
            y.Year = f.Year!.Value;
            y.EquityStart = f.EquityStart;
            y.EquityEnd = f.EquityEnd;
            y.DebtStart = f.DebtStart;
            y.DebtEnd = f.DebtEnd;
            y.Result = f.Result;
        });
        return null;
    }

    private static void SetRepresentative(Membership membership, Board board, string? name)
    {
        var current = membership.Representatives.FirstOrDefault(r => r.Board == board);
        if (string.IsNullOrWhiteSpace(name))
        {
            if (current is not null)
            {
                membership.Representatives.Remove(current);
            }
        }
        else if (current is null)
        {
            membership.Representatives.Add(new Representative { Name = name, Board = board });
        }
        else
        {
            current.Name = name;
        }
    }

    /// <summary>Updates the rows the form still has, adds its new ones and removes the rest.</summary>
    private static void Sync<TEntity, TForm>(
        List<TEntity> entities, List<TForm> forms, Func<TForm, int?> formId, Func<TEntity, int> entityId,
        Func<TForm, TEntity> create, Action<TForm, TEntity> update)
    {
        var kept = forms.Select(formId).OfType<int>().ToHashSet();
        entities.RemoveAll(e => entityId(e) != 0 && !kept.Contains(entityId(e)));
        foreach (var form in forms)
        {
            var entity = formId(form) is { } id ? entities.FirstOrDefault(e => entityId(e) == id) : default;
            if (entity is null)
            {
                entity = create(form);
                entities.Add(entity);
            }

            update(form, entity);
        }
    }

    private static bool Dropped(IEnumerable<int> saved, IEnumerable<int?> kept) => saved.Except(kept.OfType<int>()).Any();

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static DateOnly? ToDateOnly(DateTime? value) => value is null ? null : DateOnly.FromDateTime(value.Value);

    private static DateTime? ToDateTime(DateOnly? value) => value?.ToDateTime(TimeOnly.MinValue);

    /// <summary>
    /// Interests the administrator changed are confirmed. Unchanged suggestions stay suggestions, suggested anew for
    /// the arrangement's form (which may just have changed): they are confirmed in the review queue, not by saving
    /// another field. A new participation without interests gets the suggestion for its form.
    /// </summary>
    private static void ApplyInterests(Membership m, MembershipForm f, LegalForm form)
    {
        var financial = f.FinancialInterests.Distinct().Order().ToList();
        var unchanged = m.AdministrativeInterest == f.AdministrativeInterest && financial.SequenceEqual(m.FinancialInterests.Order());
        if (unchanged && (m.InterestsAreSuggestion || m.Id == 0))
        {
            m.SuggestInterests(form);
            return;
        }

        if (unchanged)
        {
            return;
        }

        m.AdministrativeInterest = f.AdministrativeInterest;
        m.FinancialInterests = financial;
        m.InterestsAreSuggestion = false;
        m.InterestsReason = null;
    }
}
