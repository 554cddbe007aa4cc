namespace Samenwerking.Web.Features.Tasks;

public sealed record TaskArrangementGroup(int ArrangementId, string ArrangementName, IReadOnlyList<MunicipalityRef> Municipalities);
