using CryoWeb.Controller.Alarms;
using CryoWeb.WebUI.Live;

namespace CryoWeb.WebUI.Api;

/// <summary>Body of GET /api/status: what the live console shows, with the alarms in display order and the audio state.</summary>
public sealed record StatusResponse(LiveStatus Live, IReadOnlyList<Alarm> Alarms, AudioState Audio);
