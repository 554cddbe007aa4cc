namespace Samenwerking.Web.Features.Municipalities;

public sealed record ProvinceOption(string Code, string Name);
