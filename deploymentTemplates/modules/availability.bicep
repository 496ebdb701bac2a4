// A standard availability test on /readyz from three European locations every five minutes, and an alert when it
// fails from two or more of them (the instance cannot reach or write its storage, or is down).

@description('Azure region of the test and the alert.')
param location string

@description('Name prefix for the resources.')
param namePrefix string

@description('Application Insights component the test reports to.')
param appInsightsName string

@description('The public readiness address, https://<host>/readyz.')
param readyzUrl string

@description('E-mail address to notify; empty: no action group, the alert shows only in the portal.')
param alertEmailAddress string

@description('Tags on every resource.')
param tags object

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

var testName = 'readyz-${namePrefix}'

resource readyzTest 'Microsoft.Insights/webtests@2022-06-15' = {
  name: testName
  location: location
  // Application Insights shows a test only with this hidden link to its component
  tags: union(tags, { 'hidden-link:${appInsights.id}': 'Resource' })
  kind: 'standard'
  properties: {
    SyntheticMonitorId: testName
    Name: 'TakeABreak /readyz'
    Kind: 'standard'
    Enabled: true
    Frequency: 300
    Timeout: 30
    RetryEnabled: true
    Locations: [
      { Id: 'emea-nl-ams-azr' }
      { Id: 'emea-gb-db3-azr' }
      { Id: 'emea-fr-pra-edge' }
    ]
    Request: {
      RequestUrl: readyzUrl
      HttpVerb: 'GET'
      ParseDependentRequests: false
    }
    ValidationRules: {
      ExpectedHttpStatusCode: 200
      SSLCheck: true
      SSLCertRemainingLifetimeCheck: 14
    }
  }
}

resource alertEmail 'Microsoft.Insights/actionGroups@2023-01-01' = if (!empty(alertEmailAddress)) {
  name: 'ag-${namePrefix}'
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'takeabreak'
    enabled: true
    emailReceivers: [
      {
        name: 'operator'
        emailAddress: alertEmailAddress
        useCommonAlertSchema: true
      }
    ]
  }
}

resource readyzAlert 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: 'readyz-failing-${namePrefix}'
  location: 'global'
  tags: union(tags, { 'hidden-link:${appInsights.id}': 'Resource', 'hidden-link:${readyzTest.id}': 'Resource' })
  properties: {
    description: '/readyz fails from two or more locations: the bot cannot serve conversations.'
    severity: 1
    enabled: true
    scopes: [
      readyzTest.id
      appInsights.id
    ]
    evaluationFrequency: 'PT1M'
    windowSize: 'PT5M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.WebtestLocationAvailabilityCriteria'
      webTestId: readyzTest.id
      componentId: appInsights.id
      failedLocationCount: 2
    }
    actions: empty(alertEmailAddress) ? [] : [
      {
        actionGroupId: alertEmail.id
      }
    ]
  }
}
