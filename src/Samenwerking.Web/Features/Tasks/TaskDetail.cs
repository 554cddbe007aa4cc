namespace Samenwerking.Web.Features.Tasks;

/// <summary>
/// For one task: in which arrangement each municipality placed it, which municipalities keep it themselves,
/// and which have nothing registered.
/// </summary>
public sealed record TaskDetail(
    int Id,
    string Name,
    string Taakveld,
    string PolicyArea,
    string? Description,
    string? LegalBasis,
    IReadOnlyList<TaskArrangementGroup> Arrangements,
    IReadOnlyList<MunicipalityRef> KeptThemselves,
    IReadOnlyList<MunicipalityRef> NothingRegistered,
    string? Code = null);
