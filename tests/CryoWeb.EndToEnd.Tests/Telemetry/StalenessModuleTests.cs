using System.Text.Json;
using CryoWeb.WebUI.Tests.EndToEnd;
using CryoWeb.WebUI.Tests.Integration;
using Microsoft.Playwright;

namespace CryoWeb.WebUI.Tests.Telemetry;

/// <summary>
/// The browser's staleness logic (telemetry-staleness.js) and watch (telemetry-watch.js) on a fake clock, in Chromium
/// on a console page, without a hub: ages, causes, and the gas buttons the watch may and may not give back.
/// </summary>
public sealed class StalenessModuleTests
{
    [Fact]
    public async Task Ages_and_causes_follow_batches_heartbeats_and_the_circuit()
    {
        await using var server = await ConsoleServer.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { BaseURL = server.BaseAddress.ToString() });
        await page.GotoAsync("/signin");

        var steps = await page.EvaluateAsync<JsonElement>(@"async () => {
            const m = await import('/js/telemetry-staleness.js');
            const s = m.freshState(0);
            const out = {};
            const at = (name, t) => { const v = m.assess(s, t); out[name] = [v.stale, v.cause, v.ageSeconds, m.staleMark(v)]; };
            m.heardBatch(s, 1000);
            at('fresh', 2900);
            at('silent', 3001);
            at('silentLonger', 5400);
            m.heardHeartbeat(s, { controllerPublishing: true, newestFrameAgeMilliseconds: 100 }, 5500);
            at('heartbeatIdle', 6000);
            m.heardHeartbeat(s, { controllerPublishing: false, newestFrameAgeMilliseconds: 4200 }, 7000);
            at('controller', 7900);
            m.heardBatch(s, 7500);
            at('batchRightAfter', 7600);
            m.heardBatch(s, 8100);
            at('recovered', 8200);
            // The circuit that renders the tiles goes down while the hub still talks: stale from then on.
            m.circuitChanged(s, true, 9000);
            m.heardBatch(s, 12000);
            at('circuitDown', 12100);
            m.circuitChanged(s, false, 12200);
            m.heardBatch(s, 12200);
            at('circuitBack', 12300);
            out.longAge = m.formatAge(125);
            return out;
        }");

        Assert.Equal("[false,null,0,\"\"]", steps.GetProperty("fresh").GetRawText());
        Assert.Equal("[true,\"network\",2,\"STALE 2 s\"]", steps.GetProperty("silent").GetRawText());
        Assert.Equal("[true,\"network\",4,\"STALE 4 s\"]", steps.GetProperty("silentLonger").GetRawText());
        Assert.Equal("[false,null,0,\"\"]", steps.GetProperty("heartbeatIdle").GetRawText());
        Assert.Equal("[true,\"controller\",5,\"STALE 5 s\"]", steps.GetProperty("controller").GetRawText());
        Assert.Equal("[true,\"controller\",4,\"STALE 4 s\"]", steps.GetProperty("batchRightAfter").GetRawText());
        Assert.Equal("[false,null,0,\"\"]", steps.GetProperty("recovered").GetRawText());
        Assert.Equal("[true,\"network\",3,\"STALE 3 s\"]", steps.GetProperty("circuitDown").GetRawText());
        Assert.Equal("[false,null,0,\"\"]", steps.GetProperty("circuitBack").GetRawText());
        Assert.Equal("2 min 05 s", steps.GetProperty("longAge").GetString());
    }

    [Fact]
    public async Task The_watch_disables_gas_controls_while_stale_and_never_enables_one_that_blazor_disabled()
    {
        await using var server = await ConsoleServer.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { BaseURL = server.BaseAddress.ToString() });
        await page.GotoAsync("/signin");

        var result = await page.EvaluateAsync<JsonElement>(@"async () => {
            const { watchLiveData } = await import('/js/telemetry-watch.js');
            const board = document.createElement('div');
            board.className = 'console-board';
            board.innerHTML = `<div class='connection-lost'></div><section class='tile probe-tile'>
                <button data-testid='probe-1-freeze'></button><button data-testid='probe-1-stick' disabled></button>
                <button data-testid='probe-1-stop'></button><button data-testid='probe-1-active-thaw'></button>
                <button class='btn gas-control' data-testid='other-gas'></button>
                <button data-testid='confirm-yes'></button><button data-testid='confirm-no'></button></section>
                <button data-testid='audio-resume'></button>`;
            document.body.appendChild(board);
            const q = (id) => board.querySelector(`[data-testid=${id}]`);
            const settle = () => new Promise((r) => setTimeout(r, 0));
            let t = 0;
            const watch = watchLiveData({ board, now: () => t });
            const out = {};
            watch.batch();
            t = 2500; watch.check();
            out.stale = [board.dataset.stale, board.dataset.staleCause, board.querySelector('.connection-lost').textContent];
            out.disabledWhileStale = ['probe-1-freeze', 'probe-1-stick', 'probe-1-stop', 'probe-1-active-thaw', 'other-gas', 'audio-resume', 'confirm-yes', 'confirm-no'].map((id) => q(id).disabled);
            // While stale, Blazor disables Active thaw for its own reason and enables Freeze, and renders a new Resume.
            q('probe-1-active-thaw').setAttribute('disabled', '');
            q('probe-1-freeze').removeAttribute('disabled');
            const resume = document.createElement('button'); resume.dataset.testid = 'probe-1-resume'; board.querySelector('.probe-tile').appendChild(resume);
            await settle();
            out.afterBlazor = ['probe-1-freeze', 'probe-1-active-thaw', 'probe-1-resume'].map((id) => q(id).disabled);
            t = 2600; watch.heartbeat({ controllerPublishing: true, newestFrameAgeMilliseconds: 50 });
            out.fresh = [board.dataset.stale, board.dataset.staleCause ?? null];
            out.disabledAfter = ['probe-1-freeze', 'probe-1-stick', 'probe-1-stop', 'probe-1-active-thaw', 'other-gas', 'probe-1-resume'].map((id) => q(id).disabled);
            watch.dispose();
            return out;
        }");

        Assert.Equal("[\"true\",\"network\",\"Connection to the console lost 2 s ago: the values shown are not live. Gas controls are disabled.\"]", result.GetProperty("stale").GetRawText());
        Assert.Equal("[true,true,false,true,true,false,true,false]", result.GetProperty("disabledWhileStale").GetRawText());
        Assert.Equal("[true,true,true]", result.GetProperty("afterBlazor").GetRawText());
        Assert.Equal("[\"false\",null]", result.GetProperty("fresh").GetRawText());
        // Stick and Active thaw were Blazor's to disable: they stay disabled; the rest come back.
        Assert.Equal("[false,true,false,true,false,false]", result.GetProperty("disabledAfter").GetRawText());
    }
}
