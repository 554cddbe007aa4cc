namespace Samenwerking.Web.Features.Municipalities;

public sealed record MunicipalityListItem(string Code, string Name, string Province, int ArrangementCount);
