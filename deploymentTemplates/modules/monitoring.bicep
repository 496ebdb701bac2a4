// Log Analytics workspace and workspace-based Application Insights for the bot.

@description('Azure region.')
param location string

@description('Name prefix for the resources.')
param namePrefix string

@description('Name of the Application Insights component.')
param appInsightsName string

@description('Days Log Analytics keeps logs and telemetry (30 is the lowest paid tier without extra cost).')
@minValue(30)
@maxValue(730)
param retentionInDays int

@description('Tags on every resource.')
param tags object

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-07-01' = {
  name: 'log-${namePrefix}'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
    DisableIpMasking: false
  }
}

output workspaceId string = workspace.id
