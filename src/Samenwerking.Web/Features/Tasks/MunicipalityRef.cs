namespace Samenwerking.Web.Features.Tasks;

public sealed record MunicipalityRef(string Code, string Name);
