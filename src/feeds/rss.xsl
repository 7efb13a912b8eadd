<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shows the RSS feed as a readable French page when it is opened in a browser
  (blog option feedOptions.xslt). A feed reader ignores it. Dates: « 1er », French months.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" encoding="UTF-8" indent="yes" />

  <!-- « Wed, 02 Dec 2026 00:00:00 GMT » → « 2 décembre 2026 » -->
  <xsl:template name="date-fr">
    <xsl:param name="date" />
    <xsl:variable name="day" select="number(substring($date, 6, 2))" />
    <xsl:variable name="month" select="substring($date, 9, 3)" />
    <xsl:choose>
      <xsl:when test="$day = 1">1er</xsl:when>
      <xsl:otherwise><xsl:value-of select="$day" /></xsl:otherwise>
    </xsl:choose>
    <xsl:text> </xsl:text>
    <xsl:choose>
      <xsl:when test="$month = 'Jan'">janvier</xsl:when>
      <xsl:when test="$month = 'Feb'">février</xsl:when>
      <xsl:when test="$month = 'Mar'">mars</xsl:when>
      <xsl:when test="$month = 'Apr'">avril</xsl:when>
      <xsl:when test="$month = 'May'">mai</xsl:when>
      <xsl:when test="$month = 'Jun'">juin</xsl:when>
      <xsl:when test="$month = 'Jul'">juillet</xsl:when>
      <xsl:when test="$month = 'Aug'">août</xsl:when>
      <xsl:when test="$month = 'Sep'">septembre</xsl:when>
      <xsl:when test="$month = 'Oct'">octobre</xsl:when>
      <xsl:when test="$month = 'Nov'">novembre</xsl:when>
      <xsl:otherwise>décembre</xsl:otherwise>
    </xsl:choose>
    <xsl:text> </xsl:text>
    <xsl:value-of select="substring($date, 13, 4)" />
  </xsl:template>

  <xsl:template match="/">
    <html lang="fr-FR">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Flux RSS — <xsl:value-of select="rss/channel/title" /></title>
        <link rel="stylesheet" href="rss.css" />
      </head>
      <body>
        <main>
          <p class="info">
            <strong>Ceci est un flux RSS.</strong> Pour être prévenu des nouvelles publications, copiez l’adresse de cette page
            dans votre lecteur de flux. La page <a href="../s-abonner">S’abonner</a> explique comment faire.
          </p>
          <h1><xsl:value-of select="rss/channel/title" /></h1>
          <p><xsl:value-of select="rss/channel/description" /></p>
          <h2>Dernières publications</h2>
          <xsl:for-each select="rss/channel/item">
            <article>
              <h3><a href="{link}"><xsl:value-of select="title" /></a></h3>
              <p class="date">
                Publié le <xsl:call-template name="date-fr"><xsl:with-param name="date" select="pubDate" /></xsl:call-template>
              </p>
              <p><xsl:value-of select="description" /></p>
            </article>
          </xsl:for-each>
          <p><a href="../">Retour à Boussole</a></p>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
