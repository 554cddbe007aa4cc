namespace Samenwerking.Web.Features.Calendar;

/// <summary>What a municipality's council receives from its regelingen between two dates, earliest first.</summary>
public sealed record MunicipalityCalendar(string Code, string Name, DateOnly From, DateOnly To, int Regelingen, IReadOnlyList<CalendarItem> Items);
