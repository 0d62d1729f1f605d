using CryoWeb.Controller.Commands;
using CryoWeb.WebUI.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;

namespace CryoWeb.WebUI.Components.Console;

/// <summary>
/// An interactive console component that sends commands: knows the signed-in <see cref="Caller"/>, with the client
/// address taken from the HTTP request while prerendering and carried into the circuit (which has no request), so the
/// audit trail says where a command came from.
/// </summary>
public abstract class ConsoleComponentBase : ComponentBase
{
    /// <summary>The request, only while prerendering.</summary>
    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    /// <summary>The browser's address, persisted from the prerender into the circuit.</summary>
    [PersistentState]
    public string? ClientAddress { get; set; }

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    /// <summary>Who is signed in; null when anonymous or without a console role.</summary>
    protected Caller? Caller { get; private set; }

    /// <summary>The signed-in principal (carries the session the accounts layer checks).</summary>
    protected System.Security.Claims.ClaimsPrincipal? User { get; private set; }

    protected override async Task OnInitializedAsync()
    {
        ClientAddress ??= HttpContext?.Connection.RemoteIpAddress?.ToString();
        var state = await Authentication.GetAuthenticationStateAsync();
        User = state.User;
        Caller = ConsoleCaller.From(state.User, ClientAddress);
    }
}
